import type { Metadata } from "next";
import type { ReactNode } from "react";

// Links are secrets: never indexed, and no page here sends a Referer that would carry the token to
// another site. "same-origin", not "no-referrer": with no-referrer a browser sends `Origin: null` on
// a form post, which Next refuses as a cross-site Server Action, so forms sent without JavaScript
// failed with a 500. The page's frame, in the customer's language, is app/l/[token]/layout.tsx.
export const metadata: Metadata = {
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  referrer: "same-origin",
};

const GatewayLayout = ({ children }: { children: ReactNode }) => children;

export default GatewayLayout;
