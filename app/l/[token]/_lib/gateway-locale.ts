import { cookies, headers } from "next/headers";
import { cache } from "react";
import { DEFAULT_LOCALE, localeFromAcceptLanguage, normalizeLocale, type Locale } from "@/server/i18n/locales";
import { translator } from "@/server/i18n/translator";
import { openLinkOnce } from "./gateway-access";

// The language of a Gateway page: the customer's own choice on the page (a cookie), else the
// request's `locale`, else the browser's Accept-Language, else English.

export const LOCALE_COOKIE = "lx_locale";
/** The customer's choice holds for every link they open, for a year. */
export const LOCALE_COOKIE_PATH = "/l";

/** The language for a link whose own `locale` is `linkLocale`. */
const localeFor = async (linkLocale: Locale | null): Promise<Locale> => {
  const chosen = normalizeLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return chosen ?? linkLocale ?? localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
};

/** A page's language: from the link read once per request (gateway-access.ts). */
export const gatewayLocale = cache(async (token: string) => localeFor((await openLinkOnce(token)).locale));

export const gatewayTranslator = async (token: string) => {
  const locale = await gatewayLocale(token);
  return { locale, t: translator(locale) };
};

/** An action's words, in the language of the link it read. */
export const actionTranslator = async (link: { locale: Locale | null }) => {
  const locale = await localeFor(link.locale);
  return { locale, t: translator(locale) };
};
