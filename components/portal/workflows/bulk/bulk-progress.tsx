/** A labelled progress bar: "Sending… 150 of 300". */
export const BulkProgress = ({ label, done, total }: { label: string; done: number; total: number }) => (
  <div className="space-y-1.5">
    <div className="flex justify-between text-sm text-slate-700">
      <span id="bulk-progress-label">{label}</span>
      <span className="tabular-nums">
        {done} of {total}
      </span>
    </div>
    <div
      role="progressbar"
      aria-labelledby="bulk-progress-label"
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
    >
      <div
        className="h-full rounded-full bg-brand-600 transition-[width]"
        style={{ width: `${total === 0 ? 0 : (done / total) * 100}%` }}
      />
    </div>
  </div>
);
