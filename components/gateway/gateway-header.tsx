/** Who is asking and what for: the top of every screen of an open link. */
export const GatewayHeader = ({
  businessName,
  title,
  memo,
}: {
  businessName: string;
  title: string;
  memo?: string | null;
}) => (
  <header className="border-b border-slate-200 pb-4">
    <p className="text-sm font-semibold text-brand-700">{businessName}</p>
    <h1 className="mt-1 text-2xl font-bold leading-tight text-slate-900">{title}</h1>
    {memo ? <p className="mt-2 text-base text-slate-700">{memo}</p> : null}
  </header>
);
