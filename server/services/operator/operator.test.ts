import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { tokenInInbox } from "@/server/mail/testing/link-in-inbox";
import { uniqueSuffix } from "@/server/testing/factories";
import { acceptInvitationWithPassword } from "@/server/services/staff/accept-invitation";
import { findInvitation } from "@/server/services/staff/find-invitation";
import { addBusinessOwner } from "./add-business-owner";
import { createBusinessWithOwner } from "./create-business-with-owner";

const PASSWORD = { newPassword: "an owner's own password", confirmPassword: "an owner's own password" };
const days = (d: number) => new Date(Date.now() + d * 24 * 3_600_000);

describe("the operator's services", () => {
  it("invite a new owner by email with a link that lapses after 7 days, and attach nobody before it is accepted", async () => {
    const email = `owner-${uniqueSuffix()}@acme.test`;
    const { business, owner } = await createBusinessWithOwner({ name: "Acme Rockets", ownerEmail: email });
    expect(business.slug).toMatch(/^acme-rockets/);
    expect(owner).toMatchObject({ email, hasAccount: false, emailed: false });
    const token = owner.invitationUrl.split("/invite/")[1]!;
    // The same link is in the (local) inbox, as it would be in the owner's mailbox.
    expect(await tokenInInbox(email, "/invite")).toBe(token);
    expect(await db().user.count({ where: { email } })).toBe(0);
    expect(await findInvitation({ token })).toMatchObject({
      email,
      role: "OWNER",
      businessName: "Acme Rockets",
      hasAccount: false,
    });
    expect(await findInvitation({ token, now: days(8) })).toBeNull();
    expect(
      JSON.stringify(await db().invitation.findFirstOrThrow({ where: { businessId: business.id } })),
    ).not.toContain(token);
    await acceptInvitationWithPassword({ token, input: PASSWORD });
    expect(
      await db().membership.findFirstOrThrow({
        where: { businessId: business.id },
        select: { role: true, user: { select: { email: true } } },
      }),
    ).toEqual({ role: "OWNER", user: { email } });
  });

  it("invite again in place of an earlier pending invitation, whose link stops working", async () => {
    const email = `o-${uniqueSuffix()}@acme.test`;
    const { business, owner } = await createBusinessWithOwner({
      name: "Second Co",
      slug: `second-${uniqueSuffix()}`,
      ownerEmail: email,
    });
    const again = await addBusinessOwner({ business: business.slug, email });
    expect(again.owner.invitationUrl).not.toBe(owner.invitationUrl);
    expect(await findInvitation({ token: owner.invitationUrl.split("/invite/")[1]! })).toBeNull();
    expect(await findInvitation({ token: again.owner.invitationUrl.split("/invite/")[1]! })).toMatchObject({ email });
  });
});
