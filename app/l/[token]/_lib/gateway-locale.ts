import { cookies, headers } from "next/headers";
import { cache } from "react";
import { DEFAULT_LOCALE, localeFromAcceptLanguage, normalizeLocale, type Locale } from "@/server/i18n/locales";
import { translator } from "@/server/i18n/translator";
import { resolveLink } from "@/server/services/gateway/resolve-link";

// The language of a Gateway page: the customer's own choice on the page (a cookie), else the
// request's `locale`, else the browser's Accept-Language, else English. The root layout (for
// <html lang>), the page and its metadata all ask, so the link is read once per request.

export const LOCALE_COOKIE = "lx_locale";
/** The customer's choice holds for every link they open, for a year. */
export const LOCALE_COOKIE_PATH = "/l";

export const resolveLinkOnce = cache(resolveLink);

export const gatewayLocale = cache(async (token: string): Promise<Locale> => {
  const chosen = normalizeLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  if (chosen) return chosen;
  const { locale } = await resolveLinkOnce(token);
  return locale ?? localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
});

export const gatewayTranslator = async (token: string) => {
  const locale = await gatewayLocale(token);
  return { locale, t: translator(locale) };
};
