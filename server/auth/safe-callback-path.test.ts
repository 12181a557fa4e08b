import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback-path";

describe("safeCallbackPath", () => {
  it("keeps Portal paths with their query", () => {
    expect(safeCallbackPath("/portal")).toBe("/portal");
    expect(safeCallbackPath("/portal/team?x=1")).toBe("/portal/team?x=1");
  });

  it("sends everything else to the Portal home", () => {
    for (const value of [
      undefined,
      42,
      "",
      "portal",
      "https://evil.example/portal",
      "//evil.example/portal",
      "/\\evil.example",
      "/api/trpc",
      "/portalx",
      "/sign-in",
    ]) {
      expect(safeCallbackPath(value)).toBe("/portal");
    }
  });

  it("keeps an invitation's own path, which asks its invitee to sign in first, and nothing else outside the Portal", () => {
    const invitation = `/invite/${"a".repeat(43)}`;
    expect(safeCallbackPath(invitation)).toBe(invitation);
    for (const value of ["/invite/short", `/invite/${"a".repeat(43)}/x`, "/invite", `//evil.example${invitation}`])
      expect(safeCallbackPath(value)).toBe("/portal");
  });

  it("normalises dot segments before checking the path", () => {
    expect(safeCallbackPath("/portal/../api/secret")).toBe("/portal");
  });
});
