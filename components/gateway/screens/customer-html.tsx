import type { ReactNode } from "react";
import type { Locale } from "@/server/i18n/locales";
import { GATEWAY_SCRIPT } from "@/components/gateway/gateway-script";

// What every page a customer opens from a message is drawn in: the Gateway's screens, its error
// page and the email unsubscribe page. Rendered to static HTML by the server (pages/api/).

type Frame = { lang: Locale; title: string; styles: string; nonce: string | undefined; children: ReactNode };

/**
 * A whole HTML document: the Gateway's styles inlined (a phone draws the page from the first
 * response), and one small inline script that no form depends on (gateway-script.ts). No
 * framework script: the server draws every screen, and every form is a plain POST.
 */
export const CustomerHtml = ({ lang, title, styles, nonce, children }: Frame) => (
  <html lang={lang}>
    {/* biome-ignore lint/style/noHeadElement: a document drawn by react-dom/server, not a Next page */}
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      <meta name="theme-color" content="#1d5fd1" />
      {/* Links are secrets: never indexed, and no Referer carries the token to another site. */}
      <meta name="robots" content="noindex, nofollow, nocache" />
      <meta name="referrer" content="same-origin" />
      <link rel="icon" href="/favicon.ico" sizes="32x32" />
      <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the stylesheet built from this repository, never input */}
      <style dangerouslySetInnerHTML={{ __html: styles }} />
    </head>
    <body className="min-h-screen bg-slate-100 font-sans text-slate-900 antialiased">
      {children}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant written in this repository, never input */}
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: GATEWAY_SCRIPT }} />
    </body>
  </html>
);

/** The white card a page's content sits in, and what goes under it. */
export const CustomerCard = ({ children, footer }: { children: ReactNode; footer?: ReactNode }) => (
  <div className="min-h-screen bg-slate-100 sm:py-8">
    <main className="mx-auto w-full max-w-md bg-white px-4 pb-10 pt-6 sm:rounded-2xl sm:px-6 sm:shadow-sm">
      {children}
    </main>
    {footer ? (
      <footer className="mx-auto max-w-md px-4 py-4 text-center text-xs text-slate-600">{footer}</footer>
    ) : null}
  </div>
);
