import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../../../db";
import { authenticateStaff } from "../../../../services/staff/authenticate-staff";
import { chooseStaffPassword } from "../../../../services/staff/choose-staff-password";
import { uniqueSuffix } from "../../../../testing/factories";
import { codeOf, createStaffWorld } from "../../../../testing/trpc-callers";

let world: Awaited<ReturnType<typeof createStaffWorld>>;
const email = (name: string) => `${name}-${uniqueSuffix()}@invite.test`;

beforeAll(async () => {
  world = await createStaffWorld();
});

describe("team procedures", () => {
  it("invite a new person with a one-time password they can sign in with, change their role, then remove them", async () => {
    const { a, as } = world;
    const address = email("new");
    const invited = await as("adminA").team.invite({ businessId: a.id, name: "New Person", email: address.toUpperCase(), role: "OPERATOR" });
    expect(invited.member).toMatchObject({ email: address, role: "OPERATOR" });
    expect(invited.oneTimePassword).toMatch(/^[A-Za-z0-9-]{23}$/);
    expect(await authenticateStaff({ email: address, password: invited.oneTimePassword! })).toMatchObject({ id: invited.member.userId });
    // The one-time password only opens the screen where they choose their own.
    expect(await db().user.findUniqueOrThrow({ where: { id: invited.member.userId }, select: { passwordChangeRequired: true } })).toEqual({ passwordChangeRequired: true });

    expect(await as("adminA").team.changeRole({ businessId: a.id, userId: invited.member.userId, role: "VIEWER" })).toMatchObject({ role: "VIEWER" });
    expect(await as("adminA").team.remove({ businessId: a.id, userId: invited.member.userId })).toEqual({ userId: invited.member.userId });
    expect((await as("viewerA").team.list({ businessId: a.id })).map((member) => member.userId)).not.toContain(invited.member.userId);
    const actions = await db().auditLog.findMany({ where: { businessId: a.id, targetId: invited.member.userId }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map(({ action }) => action)).toEqual(["team.member-invited", "team.role-changed", "team.member-removed"]);
  });

  it("add someone who already has an account without a new password, and refuse inviting a member twice", async () => {
    const { a, b, as, users } = world;
    const ownerB = await db().user.findUniqueOrThrow({ where: { id: users.ownerB }, select: { email: true } });
    const joined = await as("ownerA").team.invite({ businessId: a.id, name: "ignored", email: ownerB.email, role: "VIEWER" });
    expect(joined).toMatchObject({ oneTimePassword: null, member: { userId: users.ownerB, name: "ownerB", role: "VIEWER" } });
    expect(await codeOf(as("ownerA").team.invite({ businessId: a.id, name: "again", email: ownerB.email, role: "ADMIN" }))).toBe("CONFLICT");
    expect(await db().user.findUniqueOrThrow({ where: { id: users.ownerB }, select: { passwordHash: true, passwordChangeRequired: true } })).toEqual({ passwordHash: "unused", passwordChangeRequired: false });
    await as("ownerA").team.remove({ businessId: a.id, userId: users.ownerB });
    expect(await db().membership.count({ where: { userId: users.ownerB, businessId: b.id } })).toBe(1);
  });

  it("refuse to add an account whose one-time password another business's admin still holds, and never take _ for a wildcard", async () => {
    const { a, b, as } = world;
    const address = email("pending");
    const invited = await as("ownerB").team.invite({ businessId: b.id, name: "Pending Person", email: address, role: "VIEWER" });
    expect(await codeOf(as("ownerA").team.invite({ businessId: a.id, name: "Pending Person", email: address, role: "VIEWER" }))).toBe("CONFLICT");
    expect(await db().membership.count({ where: { userId: invited.member.userId } })).toBe(1);

    // An address that differs by "_" where the other has "x" is another person with another account.
    const axb = email("axb");
    const existing = await as("adminA").team.invite({ businessId: a.id, name: "A X B", email: axb, role: "VIEWER" });
    const other = await as("adminA").team.invite({ businessId: a.id, name: "A _ B", email: axb.replace("axb", "a_b"), role: "VIEWER" });
    expect(other.member.userId).not.toBe(existing.member.userId);
    expect(other.oneTimePassword).not.toBeNull();
  });

  it("let only an owner grant or take away the owner role, and never remove or demote the last owner", async () => {
    const { a, as, users } = world;
    expect(await codeOf(as("adminA").team.invite({ businessId: a.id, name: "Boss", email: email("boss"), role: "OWNER" }))).toBe("FORBIDDEN");
    expect(await codeOf(as("adminA").team.changeRole({ businessId: a.id, userId: users.operatorA, role: "OWNER" }))).toBe("FORBIDDEN");
    expect(await codeOf(as("adminA").team.changeRole({ businessId: a.id, userId: users.ownerA, role: "ADMIN" }))).toBe("FORBIDDEN");
    expect(await codeOf(as("adminA").team.remove({ businessId: a.id, userId: users.ownerA }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerA").team.changeRole({ businessId: a.id, userId: users.ownerA, role: "ADMIN" }))).toBe("CONFLICT");
    expect(await codeOf(as("ownerA").team.remove({ businessId: a.id, userId: users.ownerA }))).toBe("CONFLICT");

    const second = await as("ownerA").team.invite({ businessId: a.id, name: "Second Owner", email: email("owner2"), role: "OWNER" });
    // Two owners demoting each other at once: the team lock lets exactly one through.
    const outcomes = await Promise.all([
      codeOf(as("ownerA").team.changeRole({ businessId: a.id, userId: second.member.userId, role: "ADMIN" })),
      codeOf(world.asUser(second.member.userId).team.changeRole({ businessId: a.id, userId: users.ownerA, role: "ADMIN" })),
    ]);
    expect(outcomes.filter((outcome) => outcome === "OK")).toHaveLength(1);
    expect(await db().membership.count({ where: { businessId: a.id, role: "OWNER" } })).toBe(1);
    await db().membership.update({ where: { userId_businessId: { userId: users.ownerA, businessId: a.id } }, data: { role: "OWNER" } });
    await db().membership.deleteMany({ where: { businessId: a.id, userId: second.member.userId } });
  });

  it("refuse viewers and operators every team change with FORBIDDEN, changing nothing", async () => {
    const { a, as, users } = world;
    for (const who of ["viewerA", "operatorA"] as const) {
      expect(await codeOf(as(who).team.invite({ businessId: a.id, name: "x", email: email("x"), role: "VIEWER" }))).toBe("FORBIDDEN");
      expect(await codeOf(as(who).team.changeRole({ businessId: a.id, userId: users.viewerA, role: "ADMIN" }))).toBe("FORBIDDEN");
      expect(await codeOf(as(who).team.remove({ businessId: a.id, userId: users.viewerA }))).toBe("FORBIDDEN");
    }
    expect(await db().membership.findUniqueOrThrow({ where: { userId_businessId: { userId: users.viewerA, businessId: a.id } }, select: { role: true } })).toEqual({ role: "VIEWER" });
  });

  it("keep another business's staff out: FORBIDDEN on A, NOT_FOUND for A's member through B", async () => {
    const { a, b, as, users } = world;
    expect(await codeOf(as("ownerB").team.invite({ businessId: a.id, name: "x", email: email("x"), role: "OWNER" }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").team.changeRole({ businessId: a.id, userId: users.viewerA, role: "OWNER" }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").team.remove({ businessId: a.id, userId: users.viewerA }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").team.changeRole({ businessId: b.id, userId: users.viewerA, role: "OWNER" }))).toBe("NOT_FOUND");
    expect(await codeOf(as("ownerB").team.remove({ businessId: b.id, userId: users.viewerA }))).toBe("NOT_FOUND");
    expect(await db().membership.count({ where: { userId: users.viewerA } })).toBe(1);
  });

  it("reject a bad email with BAD_REQUEST", async () => {
    expect(await codeOf(world.as("adminA").team.invite({ businessId: world.a.id, name: "x", email: "not-an-email", role: "VIEWER" }))).toBe("BAD_REQUEST");
  });

  it("reset a member's lost password: a new one-time password, the old one dead, sessions ended, lock lifted", async () => {
    const { a, as } = world;
    const address = email("lost");
    const invited = await as("adminA").team.invite({ businessId: a.id, name: "Lost Password", email: address, role: "OPERATOR" });
    const userId = invited.member.userId;
    await db().user.update({ where: { id: userId }, data: { passwordChangeRequired: false } });
    // Five wrong guesses locked the email for 15 minutes.
    await db().signInAttempt.createMany({ data: Array.from({ length: 5 }, (_, i) => ({ key: `email:${address}`, createdAt: new Date(), lockedUntil: i === 4 ? new Date(Date.now() + 900_000) : null })) });
    const before = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });

    const reset = await as("adminA").team.resetPassword({ businessId: a.id, userId });
    expect(reset.oneTimePassword).toMatch(/^[A-Za-z0-9-]{23}$/);
    expect(reset.oneTimePassword).not.toBe(invited.oneTimePassword);
    expect(await authenticateStaff({ email: address, password: invited.oneTimePassword! })).toBeNull();
    expect(await authenticateStaff({ email: address, password: reset.oneTimePassword })).toMatchObject({ id: userId });
    expect(await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordChangeRequired: true, sessionVersion: true } })).toEqual({
      passwordChangeRequired: true,
      sessionVersion: before.sessionVersion + 1,
    });
    const audit = await db().auditLog.findFirstOrThrow({ where: { businessId: a.id, targetId: userId, action: "team.password-reset" }, select: { actorId: true, metadata: true } });
    expect(audit).toEqual({ actorId: world.users.adminA, metadata: { email: address } });
  });

  it("refuse a reset to viewers and operators, of an owner by an admin, of oneself, and of someone who is also in another business", async () => {
    const { a, b, as, users } = world;
    const hashOf = async (userId: string) => (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash;
    for (const who of ["viewerA", "operatorA"] as const) expect(await codeOf(as(who).team.resetPassword({ businessId: a.id, userId: users.viewerA }))).toBe("FORBIDDEN");
    expect(await codeOf(as("adminA").team.resetPassword({ businessId: a.id, userId: users.ownerA }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerA").team.resetPassword({ businessId: a.id, userId: users.ownerA }))).toBe("CONFLICT");
    expect(await codeOf(as("ownerB").team.resetPassword({ businessId: a.id, userId: users.viewerA }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").team.resetPassword({ businessId: b.id, userId: users.viewerA }))).toBe("NOT_FOUND");
    // ownerB joins A as a viewer: A's owner must not be able to take over B through them.
    await db().membership.create({ data: { userId: users.ownerB, businessId: a.id, role: "VIEWER" } });
    try {
      expect(await codeOf(as("ownerA").team.resetPassword({ businessId: a.id, userId: users.ownerB }))).toBe("CONFLICT");
    } finally {
      await db().membership.delete({ where: { userId_businessId: { userId: users.ownerB, businessId: a.id } } });
    }
    for (const key of ["viewerA", "ownerA", "ownerB"] as const) expect(await hashOf(users[key])).toBe("unused");
    expect(await db().auditLog.count({ where: { targetId: { in: [users.viewerA, users.ownerA, users.ownerB] }, action: "team.password-reset" } })).toBe(0);
  });

  it("let only an owner reset an admin's password", async () => {
    const { a, as } = world;
    const admin = await as("ownerA").team.invite({ businessId: a.id, name: "Second Admin", email: email("admin2"), role: "ADMIN" });
    const userId = admin.member.userId;
    await db().user.update({ where: { id: userId }, data: { passwordChangeRequired: false, passwordExpiresAt: null, passwordHash: "chosen" } });
    expect(await codeOf(as("adminA").team.resetPassword({ businessId: a.id, userId }))).toBe("FORBIDDEN");
    expect((await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash).toBe("chosen");
    expect((await as("ownerA").team.resetPassword({ businessId: a.id, userId })).oneTimePassword).toMatch(/^[A-Za-z0-9-]{23}$/);
  });

  it("let a one-time password (invitation or reset) sign in for 72 hours only, then say it expired", async () => {
    const { a, as } = world;
    const address = email("late");
    const invited = await as("adminA").team.invite({ businessId: a.id, name: "Late Person", email: address, role: "VIEWER" });
    const hours = (h: number) => new Date(Date.now() + h * 3_600_000);
    expect(await authenticateStaff({ email: address, password: invited.oneTimePassword!, now: hours(71) })).toMatchObject({ id: invited.member.userId });
    await expect(authenticateStaff({ email: address, password: invited.oneTimePassword!, now: hours(73) })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: expect.stringMatching(/one-time password has expired/),
    });
    // A wrong password past the 72 hours is just wrong: the expiry is said only to whoever knows it.
    expect(await authenticateStaff({ email: address, password: "not-the-one-time-password", now: hours(73) })).toBeNull();

    await db().user.update({ where: { id: invited.member.userId }, data: { passwordChangeRequired: false } });
    const reset = await as("adminA").team.resetPassword({ businessId: a.id, userId: invited.member.userId });
    await expect(authenticateStaff({ email: address, password: reset.oneTimePassword, now: hours(73) })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("keep a password the member chose from expiring", async () => {
    const { a, as } = world;
    const address = email("chosen");
    const invited = await as("adminA").team.invite({ businessId: a.id, name: "Chooser", email: address, role: "VIEWER" });
    await chooseStaffPassword({ userId: invited.member.userId, input: { newPassword: "a password of my own", confirmPassword: "a password of my own" }, actor: { type: "USER", id: invited.member.userId } });
    expect(await authenticateStaff({ email: address, password: "a password of my own", now: new Date(Date.now() + 1000 * 3_600_000) })).toMatchObject({ id: invited.member.userId });
  });
});
