// The Gateway's few looks, shared by its primitives. 16px text in inputs keeps iOS from zooming;
// every control is at least 48px tall, above the 44px tap-target guideline.

export const cx = (...classes: Array<string | false | null | undefined>) => classes.filter(Boolean).join(" ");

/** A control's frame, without height or text size, so each control sets its own without clashing. */
export const CONTROL_BASE = cx(
  "block w-full rounded-lg border border-slate-500 bg-white px-3 text-slate-900",
  "placeholder:text-slate-500 focus:border-brand-600 focus:outline-2 focus:outline-offset-0 focus:outline-brand-600",
  "aria-invalid:border-2 aria-invalid:border-red-700",
);

export const INPUT_CLASS = cx(CONTROL_BASE, "h-12 text-base");

const BUTTON_BASE =
  "inline-flex min-h-12 w-full items-center justify-center rounded-lg px-5 text-base font-semibold transition-colors disabled:cursor-wait disabled:opacity-70";

export const BUTTON_CLASSES = {
  primary: cx(BUTTON_BASE, "bg-brand-600 text-white hover:bg-brand-700"),
  secondary: cx(BUTTON_BASE, "border border-slate-500 bg-white text-slate-900 hover:bg-slate-100"),
  danger: cx(BUTTON_BASE, "bg-red-700 text-white hover:bg-red-800"),
} as const;

export const LINK_CLASS = "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900";
