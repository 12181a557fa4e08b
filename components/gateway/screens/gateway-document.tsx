import type { ReactNode } from "react";
import type { GatewayPageProps } from "@/server/contracts/gateway/gateway-screen";
import type { Locale } from "@/server/i18n/locales";
import { translator } from "@/server/i18n/translator";
import { ERROR_WORDS } from "@/components/gateway/error-words";
import { BUTTON_CLASSES } from "@/components/gateway/gateway-classes";
import { GATEWAY_SCRIPT } from "@/components/gateway/gateway-script";
import { MessageScreen } from "@/components/gateway/message-screen";
import { GatewayPage } from "./gateway-screen";

type Frame = { lang: Locale; title: string; styles: string; nonce: string | undefined; children: ReactNode };

/**
 * A whole Gateway HTML document: its styles inlined (a phone draws the page from the first
 * response), and one small inline script that no form depends on (gateway-script.ts). No
 * framework script: the server draws every screen, and every form is a plain POST.
 */
const GatewayHtml = ({ lang, title, styles, nonce, children }: Frame) => (
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

export const GatewayDocument = ({
  page,
  styles,
  nonce,
}: {
  page: GatewayPageProps;
  styles: string;
  nonce: string | undefined;
}) => (
  <GatewayHtml
    lang={page.locale}
    title={`${translator(page.locale)("gateway.pageTitle")} · LinX`}
    styles={styles}
    nonce={nonce}
  >
    <GatewayPage {...page} />
  </GatewayHtml>
);

/** Something broke on our side: says nothing about the request, in both languages (the link may not have been read). */
export const GatewayErrorDocument = ({ styles, nonce }: { styles: string; nonce: string | undefined }) => (
  <GatewayHtml lang="en" title={`${ERROR_WORDS.en.title} · LinX`} styles={styles} nonce={nonce}>
    <main className="mx-auto w-full max-w-md bg-white px-4 pb-10 pt-6 sm:mt-8 sm:rounded-2xl sm:px-6">
      <MessageScreen title={ERROR_WORDS.en.title} tone="warning">
        <p>{ERROR_WORDS.en.body}</p>
        <p lang="es">
          <strong>{ERROR_WORDS.es.title}.</strong> {ERROR_WORDS.es.body}
        </p>
        {/* A GET to the same address loads the page again, with no script. */}
        <form method="get">
          <button type="submit" className={`${BUTTON_CLASSES.primary} mt-4`}>
            {ERROR_WORDS.en.retry} · <span lang="es">{ERROR_WORDS.es.retry}</span>
          </button>
        </form>
      </MessageScreen>
    </main>
  </GatewayHtml>
);
