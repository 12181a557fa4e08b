/**
 * While a Portal list or form page loads: the shape of a page header and a card, in quiet grey, so the page
 * does not jump when it arrives. Screen readers hear one "Loading…".
 */
const Bar = ({ className }: { className: string }) => <div className={`rounded bg-slate-200/80 ${className}`} />;

export const PortalLoading = () => (
  <div role="status" aria-live="polite" className="motion-safe:animate-pulse">
    <span className="sr-only">Loading…</span>
    <div aria-hidden className="mb-6 space-y-3">
      <Bar className="h-7 w-48" />
      <Bar className="h-4 w-full max-w-md" />
    </div>
    <div aria-hidden className="rounded-lg border border-slate-200 bg-white shadow-xs">
      <div className="border-b border-slate-100 px-5 py-4">
        <Bar className="h-4 w-32" />
      </div>
      <div className="space-y-4 px-5 py-5">
        {["w-3/4", "w-2/3", "w-5/6", "w-1/2"].map((width) => (
          <Bar key={width} className={`h-4 ${width}`} />
        ))}
      </div>
    </div>
  </div>
);

// Only list and form pages have a loading.tsx (re-exporting this). A detail page has none on
// purpose: a page streamed after a loading boundary has already answered 200, so its notFound()
// could no longer answer 404.
