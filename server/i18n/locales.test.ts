import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, normalizeLocale } from "./locales";
import { formatMoney, formatShortDay } from "./format";

describe("normalizeLocale", () => {
  it.each([
    ["en", "en"],
    ["es", "es"],
    ["es-US", "es"],
    ["ES", "es"],
    ["es_MX", "es"],
    ["en-GB", "en"],
    [" es-419 ", "es"],
  ])("%s → %s", (tag, locale) => expect(normalizeLocale(tag)).toBe(locale));

  it.each(["fr", "fr-CA", "", "e", "english", "es-", "12", "es US"])("refuses %j", (tag) =>
    expect(normalizeLocale(tag)).toBeNull(),
  );
});

describe("localeFromAcceptLanguage", () => {
  it("takes the best language LinX speaks, by q-value", () => {
    expect(localeFromAcceptLanguage("es-MX,es;q=0.9,en;q=0.8")).toBe("es");
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,es;q=0.5,en;q=0.7")).toBe("en");
    expect(localeFromAcceptLanguage("en;q=0.2, es;q=0.8")).toBe("es");
    expect(localeFromAcceptLanguage("fr, de")).toBeNull();
    expect(localeFromAcceptLanguage("es;q=0, en")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });
});

describe("Intl formats per language", () => {
  it("writes money and dates as each language does", () => {
    expect(formatMoney("1250", "USD", "en")).toBe("$1,250.00");
    expect(formatMoney("1250", "USD", "es")).toBe("$1,250.00");
    expect(formatMoney("1250", "EUR", "es")).toMatch(/EUR/);
    expect(formatShortDay(new Date("2027-03-05T12:00:00Z"), "en")).toBe("Mar 5");
    expect(formatShortDay(new Date("2027-03-05T12:00:00Z"), "es")).toBe("5 mar");
  });
});
