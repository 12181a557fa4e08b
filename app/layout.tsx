import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "LinX", template: "%s · LinX" },
  description: "Reach a customer with a mobile number; get what you need by secure link.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d5fd1" };

const RootLayout = ({ children }: { children: ReactNode }) => (
  <html lang="en">
    <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
  </html>
);

export default RootLayout;
