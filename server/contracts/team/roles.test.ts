import { describe, expect, it } from "vitest";
import { hasRole } from "./roles";

describe("hasRole", () => {
  it("orders roles OWNER > ADMIN > OPERATOR > VIEWER", () => {
    expect(hasRole("OWNER", "ADMIN")).toBe(true);
    expect(hasRole("ADMIN", "ADMIN")).toBe(true);
    expect(hasRole("OPERATOR", "ADMIN")).toBe(false);
    expect(hasRole("VIEWER", "OPERATOR")).toBe(false);
    expect(hasRole("VIEWER", "VIEWER")).toBe(true);
    expect(hasRole("ADMIN", "OWNER")).toBe(false);
  });
});
