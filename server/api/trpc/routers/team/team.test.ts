import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { tokenInInbox } from "@/server/mail/testing/link-in-inbox";
import { acceptInvitationSignedIn, acceptInvitationWithPassword } from "@/server/services/staff/accept-invitation";
import { authenticateStaff } from "@/server/services/staff/authenticate-staff";
import { findInvitation } from "@/server/services/staff/find-invitation";
import { uniqueSuffix } from "@/server/testing/factories";
import { codeOf, createStaffWorld } from "@/server/testing/trpc-callers";

let world: Awaited<ReturnType<typeof createStaffWorld>>;
const email = (name: string) => `${name}-${uniqueSuffix()}@invite.test`;
const PASSWORD = { newPassword: "a password of my own", confirmPassword: "a password of my own" };

beforeAll(async () => {
  world = await createStaffWorld();
});

/** A service's AppError code, or OK. */
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: { code?: string }) => error.code ?? String(error),
  );

const inviteToken = async (address: string) => {
  const token = await tokenInInbox(address, "/invite");
  if (!token) throw new Error(`no invitation email to ${address}`);
  return token;
};

describe("team invitations", () => {
  it("email a new person a single-use link where they choose their own password; nothing exists before they accept", async () => {
    const { a, as } = world;
    const address = email("new");
    const invited = await as("adminA").team.invite({
      businessId: a.id,
      name: "New Person",
      email: address.toUpperCase(),
      role: "OPERATOR",
    });
    expect(invited).toMatchObject({ email: address, name: "New Person", role: "OPERATOR", expired: false });
    expect(Date.parse(invited.expiresAt) - Date.now()).toBeGreaterThan(7 * 24 * 3_600_000 - 60_000);
    expect(await db().user.count({ where: { email: address } })).toBe(0);
    expect((await as("adminA").team.invitations({ businessId: a.id })).map((i) => i.id)).toContain(invited.id);
    // Only the token's hash is stored; the email's link is sealed.
    const token = await inviteToken(address);
    expect(JSON.stringify(await db().invitation.findUniqueOrThrow({ where: { id: invited.id } }))).not.toContain(token);
    expect(await findInvitation({ token })).toEqual({
      email: address,
      name: "New Person",
      role: "OPERATOR",
      businessName: a.name,
      hasAccount: false,
    });

    await expect(
      acceptInvitationWithPassword({ token, input: { newPassword: "short", confirmPassword: "short" } }),
    ).rejects.toThrow(/at least 12/);
    expect(await acceptInvitationWithPassword({ token, input: PASSWORD })).toEqual({
      email: address,
      businessId: a.id,
    });
    const user = await authenticateStaff({ email: address, password: PASSWORD.newPassword });
    expect(user).toMatchObject({ email: address, name: "New Person" });
    expect(
      await db().membership.findUniqueOrThrow({
        where: { userId_businessId: { userId: user!.id, businessId: a.id } },
        select: { role: true },
      }),
    ).toEqual({ role: "OPERATOR" });
    // Used: the link opens nothing again, and the invitation leaves the pending list.
    expect(await findInvitation({ token })).toBeNull();
    expect(await refusal(acceptInvitationWithPassword({ token, input: PASSWORD }))).toBe("CONFLICT");
    expect((await as("adminA").team.invitations({ businessId: a.id })).map((i) => i.id)).not.toContain(invited.id);
    const actions = await db().auditLog.findMany({
      where: { businessId: a.id, targetId: invited.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map(({ action }) => action)).toEqual(["team.member-invited", "team.invitation-accepted"]);
  });

  it("attach an existing account only when it accepts, signed in as the invited address", async () => {
    const { a, as, users } = world;
    const ownerB = {
      email: (
        await db().user.findUniqueOrThrow({ where: { id: users.ownerB }, select: { email: true } })
      ).email.toLowerCase(),
    };
    const invited = await as("ownerA").team.invite({
      businessId: a.id,
      name: "Owner of B",
      email: ownerB.email,
      role: "VIEWER",
    });
    expect(await db().membership.count({ where: { userId: users.ownerB, businessId: a.id } })).toBe(0);
    const token = await inviteToken(ownerB.email);
    expect(await findInvitation({ token })).toMatchObject({ hasAccount: true });
    // No one chooses a password for an account that exists, and no one else's session accepts.
    expect(await refusal(acceptInvitationWithPassword({ token, input: PASSWORD }))).toBe("CONFLICT");
    expect(await refusal(acceptInvitationSignedIn({ token, userId: users.viewerA }))).toBe("FORBIDDEN");
    expect(await db().membership.count({ where: { userId: users.ownerB, businessId: a.id } })).toBe(0);
    expect(
      await codeOf(as("ownerA").team.invite({ businessId: a.id, name: "again", email: ownerB.email, role: "ADMIN" })),
    ).toBe("CONFLICT");

    const fresh = await as("ownerA").team.resendInvitation({ businessId: a.id, invitationId: invited.id });
    expect(fresh.id).toBe(invited.id);
    const newToken = await inviteToken(ownerB.email);
    expect(newToken).not.toBe(token);
    expect(await findInvitation({ token })).toBeNull();
    expect(await acceptInvitationSignedIn({ token: newToken, userId: users.ownerB })).toEqual({ businessId: a.id });
    expect(
      await db().membership.findUniqueOrThrow({
        where: { userId_businessId: { userId: users.ownerB, businessId: a.id } },
        select: { role: true },
      }),
    ).toEqual({ role: "VIEWER" });
    expect(await db().user.findUniqueOrThrow({ where: { id: users.ownerB }, select: { passwordHash: true } })).toEqual({
      passwordHash: "unused",
    });
    expect(
      await codeOf(as("ownerA").team.invite({ businessId: a.id, name: "again", email: ownerB.email, role: "ADMIN" })),
    ).toBe("CONFLICT");
    await as("ownerA").team.remove({ businessId: a.id, userId: users.ownerB });
  });

  it("give an admin who invites an unused address no way into another business that invites it too", async () => {
    const { a, b, as } = world;
    const address = email("shared");
    await as("adminA").team.invite({ businessId: a.id, name: "Shared", email: address, role: "VIEWER" });
    const tokenA = await inviteToken(address);
    await as("ownerB").team.invite({ businessId: b.id, name: "Shared", email: address, role: "ADMIN" });
    const tokenB = await inviteToken(address);
    expect(tokenB).not.toBe(tokenA);
    const { email: created } = await acceptInvitationWithPassword({ token: tokenA, input: PASSWORD });
    const userId = (await db().user.findUniqueOrThrow({ where: { email: created }, select: { id: true } })).id;
    // B's invitation now needs the account holder, signed in: no password can be chosen through it.
    expect(
      await refusal(
        acceptInvitationWithPassword({
          token: tokenB,
          input: { newPassword: "the admin's guess!", confirmPassword: "the admin's guess!" },
        }),
      ),
    ).toBe("CONFLICT");
    expect(await db().membership.count({ where: { userId, businessId: b.id } })).toBe(0);
    expect(await authenticateStaff({ email: address, password: "the admin's guess!" })).toBeNull();
  });

  it("resend (a new link, 7 more days) and revoke pending invitations; a lapsed link opens nothing", async () => {
    const { a, as } = world;
    const address = email("pending");
    const invited = await as("adminA").team.invite({
      businessId: a.id,
      name: "Pending",
      email: address,
      role: "VIEWER",
    });
    const token = await inviteToken(address);
    const later = new Date(Date.now() + 7 * 24 * 3_600_000 + 60_000);
    expect(await findInvitation({ token, now: later })).toBeNull();
    expect(await refusal(acceptInvitationWithPassword({ token, input: PASSWORD, now: later }))).toBe("CONFLICT");

    expect(await as("adminA").team.revokeInvitation({ businessId: a.id, invitationId: invited.id })).toEqual({
      invitationId: invited.id,
    });
    expect(await findInvitation({ token })).toBeNull();
    expect(await codeOf(as("adminA").team.resendInvitation({ businessId: a.id, invitationId: invited.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(as("adminA").team.revokeInvitation({ businessId: a.id, invitationId: invited.id }))).toBe(
      "NOT_FOUND",
    );
    expect((await as("adminA").team.invitations({ businessId: a.id })).map((i) => i.id)).not.toContain(invited.id);
    // Revoked, the address can be invited again.
    expect(
      await as("adminA").team.invite({ businessId: a.id, name: "Pending", email: address, role: "VIEWER" }),
    ).toMatchObject({ email: address });
  });

  it("let only an owner invite an owner (or resend or revoke one's invitation), and never remove or demote the last owner", async () => {
    const { a, as, users } = world;
    expect(
      await codeOf(as("adminA").team.invite({ businessId: a.id, name: "Boss", email: email("boss"), role: "OWNER" })),
    ).toBe("FORBIDDEN");
    const boss = await as("ownerA").team.invite({
      businessId: a.id,
      name: "Boss",
      email: email("boss"),
      role: "OWNER",
    });
    expect(await codeOf(as("adminA").team.resendInvitation({ businessId: a.id, invitationId: boss.id }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(as("adminA").team.revokeInvitation({ businessId: a.id, invitationId: boss.id }))).toBe(
      "FORBIDDEN",
    );
    expect(
      await codeOf(as("adminA").team.changeRole({ businessId: a.id, userId: users.operatorA, role: "OWNER" })),
    ).toBe("FORBIDDEN");
    expect(await codeOf(as("adminA").team.changeRole({ businessId: a.id, userId: users.ownerA, role: "ADMIN" }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(as("adminA").team.remove({ businessId: a.id, userId: users.ownerA }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerA").team.changeRole({ businessId: a.id, userId: users.ownerA, role: "ADMIN" }))).toBe(
      "CONFLICT",
    );
    expect(await codeOf(as("ownerA").team.remove({ businessId: a.id, userId: users.ownerA }))).toBe("CONFLICT");

    await acceptInvitationWithPassword({ token: await inviteToken(boss.email), input: PASSWORD });
    const second = (await db().user.findUniqueOrThrow({ where: { email: boss.email }, select: { id: true } })).id;
    // Two owners demoting each other at once: the team lock lets exactly one through.
    const outcomes = await Promise.all([
      codeOf(as("ownerA").team.changeRole({ businessId: a.id, userId: second, role: "ADMIN" })),
      codeOf(world.asUser(second).team.changeRole({ businessId: a.id, userId: users.ownerA, role: "ADMIN" })),
    ]);
    expect(outcomes.filter((outcome) => outcome === "OK")).toHaveLength(1);
    expect(await db().membership.count({ where: { businessId: a.id, role: "OWNER" } })).toBe(1);
    await db().membership.update({
      where: { userId_businessId: { userId: users.ownerA, businessId: a.id } },
      data: { role: "OWNER" },
    });
    await db().membership.deleteMany({ where: { businessId: a.id, userId: second } });
  });

  it("refuse viewers and operators every team change with FORBIDDEN, changing nothing", async () => {
    const { a, as, users } = world;
    const pending = await as("adminA").team.invite({ businessId: a.id, name: "x", email: email("x"), role: "VIEWER" });
    for (const who of ["viewerA", "operatorA"] as const) {
      expect(
        await codeOf(as(who).team.invite({ businessId: a.id, name: "x", email: email("x"), role: "VIEWER" })),
      ).toBe("FORBIDDEN");
      expect(await codeOf(as(who).team.invitations({ businessId: a.id }))).toBe("FORBIDDEN");
      expect(await codeOf(as(who).team.resendInvitation({ businessId: a.id, invitationId: pending.id }))).toBe(
        "FORBIDDEN",
      );
      expect(await codeOf(as(who).team.revokeInvitation({ businessId: a.id, invitationId: pending.id }))).toBe(
        "FORBIDDEN",
      );
      expect(await codeOf(as(who).team.changeRole({ businessId: a.id, userId: users.viewerA, role: "ADMIN" }))).toBe(
        "FORBIDDEN",
      );
      expect(await codeOf(as(who).team.remove({ businessId: a.id, userId: users.viewerA }))).toBe("FORBIDDEN");
    }
    expect(
      await db().membership.findUniqueOrThrow({
        where: { userId_businessId: { userId: users.viewerA, businessId: a.id } },
        select: { role: true },
      }),
    ).toEqual({ role: "VIEWER" });
    expect(await db().invitation.findUniqueOrThrow({ where: { id: pending.id }, select: { revokedAt: true } })).toEqual(
      { revokedAt: null },
    );
  });

  it("keep another business's staff out: FORBIDDEN on A, NOT_FOUND for A's member or invitation through B", async () => {
    const { a, b, as, users } = world;
    const pending = await as("adminA").team.invite({ businessId: a.id, name: "x", email: email("x"), role: "VIEWER" });
    expect(
      await codeOf(as("ownerB").team.invite({ businessId: a.id, name: "x", email: email("x"), role: "OWNER" })),
    ).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").team.changeRole({ businessId: a.id, userId: users.viewerA, role: "OWNER" }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(as("ownerB").team.remove({ businessId: a.id, userId: users.viewerA }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").team.changeRole({ businessId: b.id, userId: users.viewerA, role: "OWNER" }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(as("ownerB").team.remove({ businessId: b.id, userId: users.viewerA }))).toBe("NOT_FOUND");
    expect(await codeOf(as("ownerB").team.resendInvitation({ businessId: b.id, invitationId: pending.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(as("ownerB").team.revokeInvitation({ businessId: b.id, invitationId: pending.id }))).toBe(
      "NOT_FOUND",
    );
    expect((await as("ownerB").team.invitations({ businessId: b.id })).map((i) => i.id)).not.toContain(pending.id);
    expect(await db().membership.count({ where: { userId: users.viewerA } })).toBe(1);
  });

  it("reject a bad email with BAD_REQUEST, and never take _ for a wildcard", async () => {
    const { a, as } = world;
    expect(
      await codeOf(as("adminA").team.invite({ businessId: a.id, name: "x", email: "not-an-email", role: "VIEWER" })),
    ).toBe("BAD_REQUEST");
    const axb = email("axb");
    await db().user.create({ data: { email: axb, name: "A X B", passwordHash: "unused" } });
    const other = axb.replace("axb", "a_b");
    await as("adminA").team.invite({ businessId: a.id, name: "A _ B", email: other, role: "VIEWER" });
    expect(await findInvitation({ token: await inviteToken(other) })).toMatchObject({
      email: other,
      hasAccount: false,
    });
  });
});
