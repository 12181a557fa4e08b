import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "../../db";
import { isAppError } from "../../errors";
import { hashPassword } from "../../auth/password";
import type { Actor } from "../actor";
import { createTestBusiness } from "../../testing/factories";
import { authenticateStaff } from "./authenticate-staff";
import { changeStaffPassword } from "./change-staff-password";
import { chooseStaffPassword } from "./choose-staff-password";
import { renameStaffAccount } from "./rename-staff-account";
import { findSessionAccount } from "./staff-account";

const OLD = "old password, long enough";
const NEW = "a new password, long enough";
// Any id not revoked: these tests are about the session version.
const SESSION_ID = "a-session";

let userId: string;
let email: string;
let actor: Actor;

const makeUser = async ({ passwordChangeRequired = false } = {}) => {
  email = `account-${randomUUID().slice(0, 8)}@account.test`;
  userId = (await db().user.create({ data: { email, name: "Ada Account", passwordHash: await hashPassword(OLD), passwordChangeRequired }, select: { id: true } })).id;
  actor = { type: "USER", id: userId, ipAddress: "203.0.113.9" };
};

const stored = () => db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, sessionVersion: true, passwordChangeRequired: true, name: true } });

/** The messages a refusal shows beside each field, or its code and message when it names none. */
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: unknown) => {
      if (error instanceof ZodError) return Object.fromEntries(error.issues.map((issue) => [issue.path.join("."), issue.message]));
      if (isAppError(error) && error.problems.length > 0) return Object.fromEntries(error.problems.map((d) => [d.path, d.message]));
      if (isAppError(error)) return `${error.code}: ${error.message}`;
      throw error;
    },
  );

const change = (input: { currentPassword: string; newPassword: string; confirmPassword?: string }) =>
  changeStaffPassword({ userId, input: { confirmPassword: input.newPassword, ...input }, actor });

describe("changeStaffPassword", () => {
  beforeEach(() => makeUser());

  it("refuses a wrong current password and changes nothing", async () => {
    const before = await stored();
    expect(await refusal(change({ currentPassword: "not my password", newPassword: NEW }))).toEqual({ currentPassword: "This is not your current password" });
    expect(await stored()).toEqual(before);
  });

  it("refuses a weak new password, the email, a confirmation that differs, and the current password again", async () => {
    expect(await refusal(change({ currentPassword: OLD, newPassword: "short one" }))).toEqual({ newPassword: "Use at least 12 characters" });
    expect(await refusal(change({ currentPassword: OLD, newPassword: ` ${email.toUpperCase()} ` }))).toEqual({ newPassword: "Choose a password other than your email address" });
    expect(await refusal(change({ currentPassword: OLD, newPassword: NEW, confirmPassword: `${NEW}!` }))).toEqual({ confirmPassword: "The two passwords do not match" });
    expect(await refusal(change({ currentPassword: "", newPassword: NEW }))).toEqual({ currentPassword: "Enter your current password" });
    expect(await refusal(change({ currentPassword: OLD, newPassword: OLD }))).toEqual({ newPassword: "Choose a password different from your current one" });
    // bcrypt would ignore everything after 72 bytes: 72 ASCII letters pass, 25 three-byte letters do not.
    expect(await refusal(change({ currentPassword: OLD, newPassword: "a".repeat(73) }))).toEqual({ newPassword: "Use at most 72 characters (fewer with accents or emoji)" });
    expect(await refusal(change({ currentPassword: OLD, newPassword: "€".repeat(25) }))).toEqual({ newPassword: "Use at most 72 characters (fewer with accents or emoji)" });
    expect((await stored()).sessionVersion).toBe(0);
  });

  it("locks after five wrong current passwords, like a sign-in (a borrowed session cannot guess it)", async () => {
    for (let i = 0; i < 4; i++) expect(await refusal(change({ currentPassword: `guess number ${i}`, newPassword: NEW }))).toHaveProperty("currentPassword");
    expect(await refusal(change({ currentPassword: "guess number 4", newPassword: NEW }))).toBe("RATE_LIMITED: Too many attempts, try again in 15 minutes.");
    expect(await refusal(change({ currentPassword: OLD, newPassword: NEW }))).toMatch(/^RATE_LIMITED/);
  });

  it("saves the new password, ends the sessions issued before, and audits it in each business", async () => {
    const businesses = [await createTestBusiness({ name: "One" }), await createTestBusiness({ name: "Two" })];
    for (const business of businesses) await db().membership.create({ data: { userId, businessId: business.id, role: "OPERATOR" } });
    const oldSession = await authenticateStaff({ email, password: OLD });
    expect(await findSessionAccount({ userId, sessionId: SESSION_ID, sessionVersion: oldSession!.sessionVersion })).toMatchObject({ id: userId, email });

    expect(await refusal(change({ currentPassword: OLD, newPassword: NEW }))).toBe("accepted");
    // The old token no longer signs anyone in; a sign-in with the new password gets a token that does.
    expect(await findSessionAccount({ userId, sessionId: SESSION_ID, sessionVersion: oldSession!.sessionVersion })).toBeNull();
    expect(await authenticateStaff({ email, password: OLD })).toBeNull();
    const newSession = await authenticateStaff({ email, password: NEW });
    expect(newSession?.sessionVersion).toBe(oldSession!.sessionVersion + 1);
    expect(await findSessionAccount({ userId, sessionId: SESSION_ID, sessionVersion: newSession!.sessionVersion })).toEqual({ id: userId, email, name: "Ada Account", passwordChangeRequired: false });

    const entries = await db().auditLog.findMany({ where: { targetId: userId, action: "account.password-changed" }, select: { businessId: true, actorId: true, ipAddress: true, metadata: true } });
    expect(entries.map((entry) => entry.businessId).sort()).toEqual(businesses.map((business) => business.id).sort());
    expect(entries[0]).toMatchObject({ actorId: userId, ipAddress: "203.0.113.9", metadata: null });
  });
});

describe("chooseStaffPassword", () => {
  beforeEach(() => makeUser({ passwordChangeRequired: true }));

  it("replaces the one-time password once, without asking for it, and ends other sessions", async () => {
    const oneTime = await authenticateStaff({ email, password: OLD });
    expect(await refusal(chooseStaffPassword({ userId, input: { newPassword: OLD, confirmPassword: OLD }, actor }))).toEqual({
      newPassword: "Choose a password other than the one-time password",
    });
    expect(await refusal(chooseStaffPassword({ userId, input: { newPassword: "too short", confirmPassword: "too short" }, actor }))).toEqual({ newPassword: "Use at least 12 characters" });
    expect(await refusal(chooseStaffPassword({ userId, input: { newPassword: NEW, confirmPassword: NEW }, actor }))).toBe("accepted");
    expect(await stored()).toMatchObject({ passwordChangeRequired: false, sessionVersion: 1 });
    expect(await findSessionAccount({ userId, sessionId: SESSION_ID, sessionVersion: oneTime!.sessionVersion })).toBeNull();
    expect(await authenticateStaff({ email, password: NEW })).toMatchObject({ id: userId });
    expect(await refusal(chooseStaffPassword({ userId, input: { newPassword: `${NEW}2`, confirmPassword: `${NEW}2` }, actor }))).toBe(
      "CONFLICT: Your password is already chosen; change it from your account page",
    );
  });

  it("shows a session that still has to choose a password as such", async () => {
    expect(await findSessionAccount({ userId, sessionId: SESSION_ID, sessionVersion: 0 })).toMatchObject({ passwordChangeRequired: true });
  });
});

describe("renameStaffAccount", () => {
  beforeEach(() => makeUser());

  it("saves a trimmed name with an audit entry, and refuses an empty one", async () => {
    const business = await createTestBusiness({ name: "Names" });
    await db().membership.create({ data: { userId, businessId: business.id, role: "VIEWER" } });
    expect(await renameStaffAccount({ userId, input: { name: "  Ada Lovelace " }, actor })).toEqual({ name: "Ada Lovelace" });
    expect(await refusal(renameStaffAccount({ userId, input: { name: "   " }, actor }))).toEqual({ name: "Enter your name" });
    expect((await stored()).name).toBe("Ada Lovelace");
    const entry = await db().auditLog.findFirstOrThrow({ where: { businessId: business.id, action: "account.renamed" }, select: { metadata: true } });
    expect(entry.metadata).toEqual({ from: "Ada Account", to: "Ada Lovelace" });
  });
});
