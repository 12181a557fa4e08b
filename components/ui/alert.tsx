import type { ComponentProps } from "react";
import { cn } from "./cn";

const TONES = {
  error: "border-red-200 bg-red-50 text-red-800",
  info: "border-brand-100 bg-brand-50 text-brand-900",
  success: "border-emerald-200 bg-emerald-50 text-emerald-800",
} as const;

/** A message box; errors are announced to screen readers as they appear. */
export const Alert = ({
  tone = "info",
  className,
  ...props
}: ComponentProps<"div"> & { tone?: keyof typeof TONES }) => (
  <div
    role={tone === "error" ? "alert" : "status"}
    className={cn("rounded-md border px-3 py-2 text-sm", TONES[tone], className)}
    {...props}
  />
);
