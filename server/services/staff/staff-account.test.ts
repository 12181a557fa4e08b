import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/server/db";
import { isAppError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import type { Actor } from "@/server/services/actor";
import { createTestBusiness } from "@/server/testing/factories";
import { authenticateStaff } from "./authenticate-staff";
import { changeStaffPassword } from "./change-staff-password";
import { runJob } from "@/server/jobs/run-job";
import { useSmtpTestServer } from "@/server/mail/testing/use-smtp-test-server";
import { findPasswordReset } from "./find-password-reset";
import { requestPasswordReset } from "./request-password-reset";
import { resetStaffPassword } from "./reset-staff-password";
import { renameStaffAccount } from "./rename-staff-account";
import { findSessionAccount } from "./staff-account";

const OLD = "old password, long enough";
const NEW = "a new password, long enough";
// Any id not revoked: these tests are about the session version.
const SESSION_ID = "a-session";

let userId: string;
let email: string;
let actor: Actor;

const makeUser = async () => {
  email = `account-${randomUUID().slice(0, 8)}@account.test`;
  userId = (
    await db().user.create({
      data: { email, name: "Ada Account", passwordHash: await hashPassword(OLD) },
      select: { id: true },
    })
  ).id;
  actor = { type: "USER", id: userId, ipAddress: "203.0.113.9" };
};

const stored = () =>
  db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true, sessionVersion: true, name: true },
  });

/** The messages a refusal shows beside each field, or its code and message when it names none. */
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: unknown) => {
      if (error instanceof ZodError)
        return Object.fromEntries(error.issues.map((issue) => [issue.path.join("."), issue.message]));
      if (isAppError(error) && error.problems.length > 0)
        return Object.fromEntries(error.problems.map((d) => [d.path, d.message]));
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
    expect(await refusal(change({ currentPassword: "not my password", newPassword: NEW }))).toEqual({
      currentPassword: "This is not your current password",
    });
    expect(await stored()).toEqual(before);
  });

  it("refuses a weak new password, the email, a confirmation that differs, and the current password again", async () => {
    expect(await refusal(change({ currentPassword: OLD, newPassword: "short one" }))).toEqual({
      newPassword: "Use at least 12 characters",
    });
    expect(await refusal(change({ currentPassword: OLD, newPassword: ` ${email.toUpperCase()} ` }))).toEqual({
      newPassword: "Choose a password other than your email address",
    });
    expect(await refusal(change({ currentPassword: OLD, newPassword: NEW, confirmPassword: `${NEW}!` }))).toEqual({
      confirmPassword: "The two passwords do not match",
    });
    expect(await refusal(change({ currentPassword: "", newPassword: NEW }))).toEqual({
      currentPassword: "Enter your current password",
    });
    expect(await refusal(change({ currentPassword: OLD, newPassword: OLD }))).toEqual({
      newPassword: "Choose a password different from your current one",
    });
    // bcrypt would ignore everything after 72 bytes: 72 ASCII letters pass, 25 three-byte letters do not.
    expect(await refusal(change({ currentPassword: OLD, newPassword: "a".repeat(73) }))).toEqual({
      newPassword: "Use at most 72 characters (fewer with accents or emoji)",
    });
    expect(await refusal(change({ currentPassword: OLD, newPassword: "€".repeat(25) }))).toEqual({
      newPassword: "Use at most 72 characters (fewer with accents or emoji)",
    });
    expect((await stored()).sessionVersion).toBe(0);
  });

  it("locks after five wrong current passwords, like a sign-in (a borrowed session cannot guess it)", async () => {
    for (let i = 0; i < 4; i++)
      expect(await refusal(change({ currentPassword: `guess number ${i}`, newPassword: NEW }))).toHaveProperty(
        "currentPassword",
      );
    expect(await refusal(change({ currentPassword: "guess number 4", newPassword: NEW }))).toBe(
      "RATE_LIMITED: Too many attempts, try again in 15 minutes.",
    );
    expect(await refusal(change({ currentPassword: OLD, newPassword: NEW }))).toMatch(/^RATE_LIMITED/);
  });

  it("saves the new password, ends the sessions issued before, and audits it in each business", async () => {
    const businesses = [await createTestBusiness({ name: "One" }), await createTestBusiness({ name: "Two" })];
    for (const business of businesses)
      await db().membership.create({ data: { userId, businessId: business.id, role: "OPERATOR" } });
    const oldSession = await authenticateStaff({ email, password: OLD });
    expect(
      await findSessionAccount({ userId, sessionId: SESSION_ID, sessionVersion: oldSession!.sessionVersion }),
    ).toMatchObject({ id: userId, email });

    expect(await refusal(change({ currentPassword: OLD, newPassword: NEW }))).toBe("accepted");
    // The old token no longer signs anyone in; a sign-in with the new password gets a token that does.
    expect(
      await findSessionAccount({ userId, sessionId: SESSION_ID, sessionVersion: oldSession!.sessionVersion }),
    ).toBeNull();
    expect(await authenticateStaff({ email, password: OLD })).toBeNull();
    const newSession = await authenticateStaff({ email, password: NEW });
    expect(newSession?.sessionVersion).toBe(oldSession!.sessionVersion + 1);
    expect(
      await findSessionAccount({ userId, sessionId: SESSION_ID, sessionVersion: newSession!.sessionVersion }),
    ).toEqual({ id: userId, email, name: "Ada Account" });

    const entries = await db().auditLog.findMany({
      where: { targetId: userId, action: "account.password-changed" },
      select: { businessId: true, actorId: true, ipAddress: true, metadata: true },
    });
    expect(entries.map((entry) => entry.businessId).sort()).toEqual(businesses.map((business) => business.id).sort());
    expect(entries[0]).toMatchObject({ actorId: userId, ipAddress: "203.0.113.9", metadata: null });
  });
});

const { smtp, useSmtp } = useSmtpTestServer();

/** Runs the EMAIL_SEND jobs of `to` and returns the reset links that arrived over SMTP, newest last. */
const resetLinksSentTo = async (to: string) => {
  for (const { id } of await db().email.findMany({ where: { toAddress: to }, select: { id: true } })) {
    const job = await db().scheduledJob.findFirst({
      where: { subjectId: id, kind: "EMAIL_SEND", status: "PENDING" },
      select: { id: true },
    });
    if (job) await runJob({ jobId: job.id });
  }
  return smtp()
    .received.filter((mail) => JSON.stringify(mail.to).includes(to))
    .map((mail) => mail.text!.match(/\/reset-password\/([A-Za-z0-9_-]{43})/)![1]!);
};

describe("password reset", () => {
  beforeEach(() => makeUser());

  it("emails a single-use link for an hour; the new password ends every session and lifts a lock; an unknown address gets the same answer and no email", async () => {
    useSmtp();
    const before = await authenticateStaff({ email, password: OLD });
    await db().signInAttempt.createMany({
      data: Array.from({ length: 5 }, (_, i) => ({
        key: `email:${email}`,
        createdAt: new Date(),
        lockedUntil: i === 4 ? new Date(Date.now() + 900_000) : null,
      })),
    });
    expect(await requestPasswordReset({ input: { email: email.toUpperCase() } })).toBeUndefined();
    const nobody = `nobody-${randomUUID().slice(0, 8)}@account.test`;
    expect(await requestPasswordReset({ input: { email: nobody } })).toBeUndefined();
    expect(await db().email.count({ where: { toAddress: nobody } })).toBe(0);
    // Asked again within the minute: no second email (the form cannot flood a mailbox).
    await requestPasswordReset({ input: { email } });
    const [token, ...more] = await resetLinksSentTo(email);
    expect(more).toEqual([]);
    const mail = smtp().received.find((m) => JSON.stringify(m.to).includes(email))!;
    expect(mail.subject).toBe("Reset your LinX password");
    expect(mail.html).toContain(`href="http://localhost:3999/reset-password/${token}"`);
    expect(JSON.stringify(await db().user.findUniqueOrThrow({ where: { id: userId } }))).not.toContain(token);

    expect(await findPasswordReset({ token: token! })).toEqual({ email, name: "Ada Account" });
    expect(await findPasswordReset({ token: token!, now: new Date(Date.now() + 61 * 60_000) })).toBeNull();
    expect(
      await refusal(
        resetStaffPassword({
          token: token!,
          input: { newPassword: NEW, confirmPassword: NEW },
          now: new Date(Date.now() + 61 * 60_000),
        }),
      ),
    ).toMatch(/^CONFLICT: This reset link has expired/);
    expect(
      await refusal(resetStaffPassword({ token: token!, input: { newPassword: email, confirmPassword: email } })),
    ).toEqual({ newPassword: "Choose a password other than your email address" });
    expect(
      await resetStaffPassword({
        token: token!,
        input: { newPassword: NEW, confirmPassword: NEW },
        ipAddress: "203.0.113.9",
      }),
    ).toEqual({ email });
    expect(await authenticateStaff({ email, password: OLD })).toBeNull();
    expect(await authenticateStaff({ email, password: NEW })).toMatchObject({ id: userId });
    expect(
      await findSessionAccount({ userId, sessionId: SESSION_ID, sessionVersion: before!.sessionVersion }),
    ).toBeNull();
    expect(await stored()).toMatchObject({ sessionVersion: before!.sessionVersion + 1 });
    expect(
      await refusal(
        resetStaffPassword({ token: token!, input: { newPassword: `${NEW}2`, confirmPassword: `${NEW}2` } }),
      ),
    ).toMatch(/^CONFLICT/);
    expect(
      await refusal(resetStaffPassword({ token: "garbage", input: { newPassword: NEW, confirmPassword: NEW } })),
    ).toMatch(/^CONFLICT/);
  });

  it("keeps only the newest link working, and a later password change ends it", async () => {
    await requestPasswordReset({ input: { email } });
    const first = (
      await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordResetTokenHash: true } })
    ).passwordResetTokenHash;
    // A minute on, a second request replaces the first link.
    await requestPasswordReset({ input: { email }, now: new Date(Date.now() + 61_000) });
    const second = (
      await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordResetTokenHash: true } })
    ).passwordResetTokenHash;
    expect(second).not.toBe(first);
    expect(await db().email.count({ where: { toAddress: email, purpose: "PASSWORD_RESET" } })).toBe(2);
    await changeStaffPassword({
      userId,
      input: { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW },
      actor,
    });
    expect(
      await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordResetTokenHash: true } }),
    ).toEqual({ passwordResetTokenHash: null });
  });
});

describe("renameStaffAccount", () => {
  beforeEach(() => makeUser());

  it("saves a trimmed name with an audit entry, and refuses an empty one", async () => {
    const business = await createTestBusiness({ name: "Names" });
    await db().membership.create({ data: { userId, businessId: business.id, role: "VIEWER" } });
    expect(await renameStaffAccount({ userId, input: { name: "  Ada Lovelace " }, actor })).toEqual({
      name: "Ada Lovelace",
    });
    expect(await refusal(renameStaffAccount({ userId, input: { name: "   " }, actor }))).toEqual({
      name: "Enter your name",
    });
    expect((await stored()).name).toBe("Ada Lovelace");
    const entry = await db().auditLog.findFirstOrThrow({
      where: { businessId: business.id, action: "account.renamed" },
      select: { metadata: true },
    });
    expect(entry.metadata).toEqual({ from: "Ada Account", to: "Ada Lovelace" });
  });
});
