import type { ReactNode } from "react";

/** What an empty list shows: what would be here, and what to do to fill it. */
export const EmptyState = ({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) => (
  <div className="flex flex-col items-center gap-2 px-6 py-10 text-center">
    <p className="text-sm font-semibold text-slate-900">{title}</p>
    {children ? <p className="max-w-md text-sm text-slate-600">{children}</p> : null}
    {action ? <div className="pt-2">{action}</div> : null}
  </div>
);
