import { describe, expect, it } from "vitest";
import { findUnsafeText, MAX_INPUT_DEPTH } from "./unsafe-text";

describe("findUnsafeText", () => {
  it("accepts ordinary text, emoji (surrogate pairs) included, and non-strings", () => {
    expect(
      findUnsafeText({ title: "Rent 🏠 für März", n: 1, ok: true, none: null, list: ["a", { b: "ç" }] }),
    ).toBeUndefined();
  });

  it("names the field holding a NUL, however deep", () => {
    expect(findUnsafeText({ steps: [{ parameters: { documents: [{ documentId: "a\u0000b" }] } }] })).toEqual({
      field: "steps.0.parameters.documents.0.documentId",
      message: expect.stringContaining("NUL"),
    });
    expect(findUnsafeText("\u0000")).toEqual({ field: "(root)", message: expect.stringContaining("NUL") });
  });

  it("refuses lone surrogates, high or low, but not pairs", () => {
    expect(findUnsafeText({ memo: "x\uD83D" })?.field).toBe("memo");
    expect(findUnsafeText({ memo: "\uDE00x" })?.message).toMatch(/lone surrogate/);
    expect(findUnsafeText({ memo: "\uD83D\uDE00" })).toBeUndefined();
  });

  it("checks object keys too", () => {
    expect(findUnsafeText({ metadata: { "k\u0000": 1 } })).toEqual({
      field: "metadata.k\\u0000",
      message: expect.stringMatching(/^has a key that/),
    });
  });

  it("refuses nesting deeper than any API shape, without recursing", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafeText(deep)?.message).toContain(`${MAX_INPUT_DEPTH} levels`);
    let fits: unknown = "leaf";
    for (let i = 0; i < MAX_INPUT_DEPTH - 1; i++) fits = { a: fits };
    expect(findUnsafeText(fits)).toBeUndefined();
  });
});
