import { intlLocale, type Locale } from "./locales";

// Dates and money as the customer's language writes them (Intl; no hand-made formats).

export const formatMoney = (amount: string | number, currency: string, locale: Locale) =>
  new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency }).format(Number(amount));

/** A calendar day, e.g. "Mar 5, 2027" / "5 mar 2027"; dates of birth and due dates are UTC days. */
const formatDay = (date: Date, locale: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: "medium" }) =>
  new Intl.DateTimeFormat(intlLocale(locale), { timeZone: "UTC", ...options }).format(date);

/** "Mar 5" / "5 mar": the short date texts carry. */
export const formatShortDay = (date: Date, locale: Locale) =>
  formatDay(date, locale, { month: "short", day: "numeric" });
