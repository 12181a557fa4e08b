import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { uniqueSuffix } from "../../testing/factories";
import { findSignInLink } from "../staff/find-sign-in-link";
import { redeemSignInLink } from "../staff/redeem-sign-in-link";
import { addBusinessOwner } from "./add-business-owner";
import { createBusinessWithOwner } from "./create-business-with-owner";

const PASSWORD = { newPassword: "an owner's own password", confirmPassword: "an owner's own password" };
const hours = (h: number) => new Date(Date.now() + h * 3_600_000);

describe("the operator's services", () => {
  it("give a new owner a sign-in link that lapses after 72 hours and opens nothing before a password is chosen", async () => {
    const email = `owner-${uniqueSuffix()}@acme.test`;
    const { business, owner } = await createBusinessWithOwner({ name: "Acme Rockets", ownerEmail: email });
    expect(business.slug).toMatch(/^acme-rockets/);
    const token = owner.signInToken!;
    expect(await findSignInLink({ token })).toEqual({ email, name: email.split("@")[0] });
    expect(await findSignInLink({ token, now: hours(73) })).toBeNull();
    await expect(redeemSignInLink({ token, input: PASSWORD, now: hours(73) })).rejects.toMatchObject({ code: "CONFLICT" });
    // Only the token's hash is kept.
    expect(JSON.stringify(await db().user.findUniqueOrThrow({ where: { email } }))).not.toContain(token);
    await expect(redeemSignInLink({ token, input: { newPassword: "short", confirmPassword: "short" } })).rejects.toThrow(/at least 12/);
    expect(await redeemSignInLink({ token, input: PASSWORD })).toEqual({ email });
    expect(await findSignInLink({ token })).toBeNull();
  });

  it("refuse garbage links, and an owner whose one-time password someone else still holds", async () => {
    expect(await findSignInLink({ token: "x".repeat(5000) })).toBeNull();
    await expect(redeemSignInLink({ token: "", input: PASSWORD })).rejects.toMatchObject({ code: "CONFLICT" });
    const pending = `pending-${uniqueSuffix()}@acme.test`;
    await db().user.create({ data: { email: pending, name: "Pending", passwordHash: "x", passwordChangeRequired: true } });
    const { business } = await createBusinessWithOwner({ name: "Second Co", slug: `second-${uniqueSuffix()}`, ownerEmail: `o-${uniqueSuffix()}@acme.test` });
    await expect(addBusinessOwner({ business: business.slug, email: pending })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().membership.count({ where: { businessId: business.id } })).toBe(1);
  });
});
