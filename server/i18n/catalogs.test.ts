import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { CATALOGS } from "./translator";

// Every key in one catalog is in the other, and each message takes the same arguments in both:
// a screen or a text never falls back to a raw key, and a translation cannot drop the amount.

type Tree = { [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );

/** The top-level arguments of an ICU message: {name}, {n, plural, …}, {kind, select, …}. */
const argumentsOf = (message: string) => {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth === 0) names.add(/^\{\s*(\w+)/.exec(message.slice(i))?.[1] ?? "");
      depth++;
    } else if (message[i] === "}") depth--;
  }
  return [...names].sort();
};

const flat = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(CATALOGS[locale] as Tree)]));

describe("message catalogs", () => {
  it.each(LOCALES.flatMap((a) => LOCALES.filter((b) => b !== a).map((b) => [a, b] as const)))(
    "every %s key is in the %s catalog",
    (from, to) => {
      const missing = Object.keys(flat[from]!).filter((key) => !(key in flat[to]!));
      expect(missing).toEqual([]);
    },
  );

  it("each message takes the same arguments in every language", () => {
    const differing = Object.keys(flat.en!).filter((key) =>
      LOCALES.some((locale) => argumentsOf(flat[locale]![key] ?? "").join() !== argumentsOf(flat.en![key]!).join()),
    );
    expect(differing).toEqual([]);
  });

  it("no message is empty", () => {
    for (const locale of LOCALES) expect(Object.entries(flat[locale]!).filter(([, text]) => !text.trim())).toEqual([]);
  });
});
