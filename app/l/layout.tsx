import type { Metadata } from "next";
import type { ReactNode } from "react";

// Links are secrets: never indexed, and no page here sends a Referer that would carry the token.
export const metadata: Metadata = {
  title: "Secure request",
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  referrer: "no-referrer",
};

const GatewayLayout = ({ children }: { children: ReactNode }) => (
  <div className="min-h-screen bg-slate-100 sm:py-8">
    <main className="mx-auto w-full max-w-md bg-white px-4 pb-10 pt-6 sm:rounded-2xl sm:px-6 sm:shadow-sm">{children}</main>
    <footer className="mx-auto max-w-md px-4 py-4 text-center text-xs text-slate-600">Secured by LinX</footer>
  </div>
);

export default GatewayLayout;
