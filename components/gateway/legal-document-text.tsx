/** A legal document as the customer reads it in the Gateway: its title and its full, scrollable text. */
/** `regionLabel`: the scrolling box's name for screen readers ("…, full text"), in the page's language. */
export const LegalDocumentText = ({
  id,
  title,
  content,
  regionLabel,
}: {
  id: string;
  title: string;
  content: string;
  regionLabel: string;
}) => (
  <>
    <h3 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
      {title}
    </h3>
    <div
      role="region"
      aria-label={regionLabel}
      tabIndex={0}
      className="max-h-64 overflow-y-auto whitespace-pre-wrap rounded-lg border border-slate-300 bg-slate-50 p-4 text-sm leading-relaxed text-slate-800"
    >
      {content}
    </div>
  </>
);
