import { env } from "@/server/env";
import { DEFAULT_LOCALE, localeFromAcceptLanguage, normalizeLocale, type Locale } from "@/server/i18n/locales";
import { translator } from "@/server/i18n/translator";
import { type GatewayExchange, setCookie } from "./gateway-exchange";

// The language of a Gateway page: the customer's own choice on the page (a cookie), else the
// request's `locale`, else the browser's Accept-Language, else English.

const LOCALE_COOKIE = "lx_locale";
const YEAR_SECONDS = 365 * 24 * 3600;

/** The language for a link whose own `locale` is `linkLocale`. */
export const gatewayLocale = (exchange: GatewayExchange, linkLocale: Locale | null): Locale =>
  normalizeLocale(exchange.cookies[LOCALE_COOKIE]) ??
  linkLocale ??
  localeFromAcceptLanguage(exchange.headers.get("accept-language")) ??
  DEFAULT_LOCALE;

/** The words of a form handler's answer, in the language of the link it read. */
export const gatewayTranslator = (exchange: GatewayExchange, link: { locale: Locale | null }) => {
  const locale = gatewayLocale(exchange, link.locale);
  return { locale, t: translator(locale) };
};

/** The customer picks a language: it holds for every link they open, for a year. */
export const chooseLocale = (exchange: GatewayExchange, form: FormData) => {
  const locale = normalizeLocale(String(form.get("locale") ?? ""));
  if (!locale) return;
  setCookie(exchange, LOCALE_COOKIE, locale, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https://"),
    path: "/l",
    maxAge: YEAR_SECONDS,
  });
};
