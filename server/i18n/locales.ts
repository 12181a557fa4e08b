// The languages LinX speaks to customers. A request may name one (`locale`, as a BCP 47 tag:
// regional forms such as es-US or es_MX are taken as their language); the Gateway otherwise
// follows the browser. Texts sent before the customer has opened the link use the request's
// language, else English.

export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** "es-US", "ES", "es_mx" → "es"; a tag of a language LinX does not speak (or not a tag at all) → null. */
export const normalizeLocale = (value: string | null | undefined): Locale | null => {
  if (!value) return null;
  const match = /^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$/.exec(value.trim());
  const language = match?.[1]?.toLowerCase();
  return isLocale(language) ? language : null;
};

/** The best of our languages for an Accept-Language header, by its q-values; null when none fits. */
export const localeFromAcceptLanguage = (header: string | null | undefined): Locale | null => {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { locale: normalizeLocale(tag), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.locale && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.locale ?? null;
};

/** The locale Intl formats with: our customers are in the United States (dates, $ amounts). */
export const intlLocale = (locale: Locale) => (locale === "es" ? "es-US" : "en-US");

export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español" };
