import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export const Card = ({ className, ...props }: ComponentProps<"section">) => (
  <section className={cn("rounded-lg border border-slate-200 bg-white shadow-xs", className)} {...props} />
);

export const CardHeader = ({
  title,
  description,
  action,
}: {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
}) => (
  <div className="flex items-start justify-between gap-4 border-b border-slate-100 px-5 py-4">
    <div className="space-y-1">
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {description ? <p className="text-sm text-slate-600">{description}</p> : null}
    </div>
    {action}
  </div>
);

export const CardBody = ({ className, ...props }: ComponentProps<"div">) => (
  <div className={cn("px-5 py-4", className)} {...props} />
);
