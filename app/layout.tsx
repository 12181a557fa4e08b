import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "LinX", template: "%s · LinX" },
  description: "Reach a customer with a mobile number; get what you need by secure link.",
  // Files in public/: the favicon for every browser, the SVG for those that take one, and the home-screen icon.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d5fd1" };

// Every page renders per request: Next puts the CSP nonce proxy.ts made on its scripts only while
// rendering, and a page prerendered at build time would carry none, so the browser would block it.
const RootLayout = async ({ children }: { children: ReactNode }) => {
  await connection();
  // The Portal is in English; the Gateway (pages/l/[token].tsx) has its own document in the customer's language.
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
};

export default RootLayout;
