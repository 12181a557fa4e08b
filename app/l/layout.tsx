import type { Metadata } from "next";
import type { ReactNode } from "react";

// Links are secrets: never indexed, and no page here sends a Referer that would carry the token.
// The page's frame, in the customer's language, is app/l/[token]/layout.tsx.
export const metadata: Metadata = {
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  referrer: "no-referrer",
};

const GatewayLayout = ({ children }: { children: ReactNode }) => children;

export default GatewayLayout;
