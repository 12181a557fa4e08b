import { describe, expect, it } from "vitest";
import { pickActiveBusiness } from "./active-business";
import type { MembershipSummary } from "@/server/services/businesses/list-memberships";

const membership = (businessId: string): MembershipSummary => ({
  businessId,
  businessName: businessId,
  businessSlug: businessId,
  role: "VIEWER",
});

describe("pickActiveBusiness", () => {
  const memberships = [membership("first"), membership("second")];

  it("defaults to the first membership", () => {
    expect(pickActiveBusiness(memberships, undefined)?.businessId).toBe("first");
  });

  it("uses the chosen business when the user belongs to it", () => {
    expect(pickActiveBusiness(memberships, "second")?.businessId).toBe("second");
  });

  it("ignores a business the user does not belong to", () => {
    expect(pickActiveBusiness(memberships, "someone-elses")?.businessId).toBe("first");
  });

  it("is null without memberships", () => {
    expect(pickActiveBusiness([], "first")).toBeNull();
  });
});
