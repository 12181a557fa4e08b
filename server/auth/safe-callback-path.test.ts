import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback-path";

describe("safeCallbackPath", () => {
  it("keeps Portal paths with their query", () => {
    expect(safeCallbackPath("/portal")).toBe("/portal");
    expect(safeCallbackPath("/portal/team?x=1")).toBe("/portal/team?x=1");
  });

  it("sends everything else to the Portal home", () => {
    for (const value of [undefined, 42, "", "portal", "https://evil.example/portal", "//evil.example/portal", "/\\evil.example", "/api/trpc", "/portalx", "/sign-in"]) {
      expect(safeCallbackPath(value)).toBe("/portal");
    }
  });

  it("normalises dot segments before checking the path", () => {
    expect(safeCallbackPath("/portal/../api/secret")).toBe("/portal");
  });
});
