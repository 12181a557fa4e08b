import type { ComponentProps } from "react";
import { cn } from "./cn";

export const Label = ({ className, ...props }: ComponentProps<"label">) => (
  // biome-ignore lint/a11y/noLabelWithoutControl: callers give htmlFor (or a child control) through props.
  <label className={cn("block text-sm font-medium text-slate-800", className)} {...props} />
);
