import type { ComponentProps } from "react";
import { cn } from "./cn";

export const Label = ({ className, ...props }: ComponentProps<"label">) => (
  <label className={cn("block text-sm font-medium text-slate-800", className)} {...props} />
);
