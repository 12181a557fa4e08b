import type { ComponentProps } from "react";
import { cn } from "./cn";

export const Textarea = ({ className, ...props }: ComponentProps<"textarea">) => (
  <textarea
    className={cn(
      "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-xs placeholder:text-slate-400",
      "focus:border-brand-600 focus:outline-none focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600",
      "aria-invalid:border-red-600 disabled:bg-slate-100 disabled:text-slate-500",
      className,
    )}
    {...props}
  />
);
