import type { ComponentProps } from "react";
import { cn } from "./cn";

/** The native <select>, styled like Input: keyboard and screen readers work as the platform does. */
export const Select = ({ className, ...props }: ComponentProps<"select">) => (
  <select
    className={cn(
      "block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-xs",
      "focus:border-brand-600 focus:outline-none focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600",
      "aria-invalid:border-red-600 disabled:bg-slate-100 disabled:text-slate-500",
      className,
    )}
    {...props}
  />
);
