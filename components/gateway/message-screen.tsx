import type { ReactNode } from "react";

type Tone = "info" | "done" | "warning";

const ICON: Record<Tone, { symbol: string; className: string }> = {
  info: { symbol: "i", className: "bg-slate-200 text-slate-800" },
  done: { symbol: "✓", className: "bg-green-100 text-green-800" },
  warning: { symbol: "!", className: "bg-amber-100 text-amber-900" },
};

/** A page that only says something: ended links, waiting, thank-you. */
export const MessageScreen = ({
  title,
  tone = "info",
  children,
}: {
  title: string;
  tone?: Tone;
  children: ReactNode;
}) => (
  <section className="pt-6 text-center" aria-labelledby="message-title">
    <div
      aria-hidden="true"
      className={`mx-auto flex h-14 w-14 items-center justify-center rounded-full text-2xl font-bold ${ICON[tone].className}`}
    >
      {ICON[tone].symbol}
    </div>
    <h1 id="message-title" className="mt-4 text-2xl font-bold text-slate-900">
      {title}
    </h1>
    <div className="mt-3 space-y-3 text-base text-slate-700">{children}</div>
  </section>
);
