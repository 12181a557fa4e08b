import type { ReactNode } from "react";

/** What an empty list says: what would be here, and what to do to fill it. */
export const EmptyState = ({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) => (
  <div className="flex flex-col items-center gap-2 px-6 py-12 text-center">
    <h2 className="text-base font-semibold text-slate-900">{title}</h2>
    {children ? <div className="max-w-md text-sm text-slate-600">{children}</div> : null}
    {action ? <div className="mt-2">{action}</div> : null}
  </div>
);
