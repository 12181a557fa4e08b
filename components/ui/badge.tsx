import type { ComponentProps } from "react";
import { cn } from "./cn";

const TONES = {
  neutral: "bg-slate-100 text-slate-700",
  brand: "bg-brand-50 text-brand-700",
  success: "bg-emerald-50 text-emerald-800",
  warning: "bg-amber-50 text-amber-800",
  danger: "bg-red-50 text-red-800",
} as const;

export type BadgeTone = keyof typeof TONES;

/** A short status label; the text says the status, the colour only repeats it. */
export const Badge = ({ tone = "neutral", className, ...props }: ComponentProps<"span"> & { tone?: BadgeTone }) => (
  <span className={cn("inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap", TONES[tone], className)} {...props} />
);
