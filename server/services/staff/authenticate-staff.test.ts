import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { isAppError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import { createTestBusiness } from "@/server/testing/factories";
import { authenticateStaff, ZStaffCredentials } from "./authenticate-staff";
import { MAX_FAILURES, SIGN_IN_LOCK_MS } from "./sign-in-throttle";

const PASSWORD = "correct horse battery";
const email = `Staff-${randomUUID().slice(0, 8)}@Auth.test`;
let userId: string;

const newEmail = () => `lock-${randomUUID().slice(0, 8)}@auth.test`;
const newIp = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 4)}`;
const minutes = (start: Date, count: number) => new Date(start.getTime() + count * 60_000);

/** "ok", "wrong", or the refusal's message: what one attempt at time `now` came to. */
const attempt = (address: string, password: string, now: Date, ipAddress?: string) =>
  authenticateStaff({ email: address, password, now, ipAddress }).then(
    (user) => (user ? "ok" : "wrong"),
    (error: unknown) => (isAppError(error) && error.code === "RATE_LIMITED" ? error.message : Promise.reject(error)),
  );

const createUser = async (address: string) =>
  (
    await db().user.create({
      data: { email: address, name: "Locked Out", passwordHash: await hashPassword(PASSWORD) },
      select: { id: true },
    })
  ).id;

beforeAll(async () => {
  userId = await createUser(email);
});
afterAll(async () => {
  await db().user.delete({ where: { id: userId } });
});

describe("authenticateStaff", () => {
  it("returns the user and their session version for the right password, whatever the email's case", async () => {
    const credentials = ZStaffCredentials.parse({ email: `  ${email.toUpperCase()} `, password: PASSWORD });
    expect(await authenticateStaff(credentials)).toEqual({ id: userId, email, name: "Locked Out", sessionVersion: 0 });
  });

  it("matches the email exactly but for case: _ and % are not wildcards", async () => {
    // "Staff-1234abcd@Auth.test" with its "-" as "_" would match it under an ILIKE.
    const lookalike = email.replace("-", "_");
    expect(await authenticateStaff({ email: lookalike.toLowerCase(), password: PASSWORD })).toBeNull();
    expect(await authenticateStaff({ email: `%${email.slice(1)}`.toLowerCase(), password: PASSWORD })).toBeNull();
    await db().signInAttempt.deleteMany({
      where: { key: { in: [`email:${lookalike.toLowerCase()}`, `email:%${email.slice(1).toLowerCase()}`] } },
    });
  });

  it("returns null for a wrong password and for an unknown email alike", async () => {
    expect(await authenticateStaff({ email: email.toLowerCase(), password: "wrong horse" })).toBeNull();
    expect(await authenticateStaff({ email: "nobody@auth.test", password: PASSWORD })).toBeNull();
  });

  it("spends the same bcrypt work on an unknown email (no enumeration by timing)", async () => {
    const time = async (address: string) => {
      const started = performance.now();
      await authenticateStaff({ email: address, password: "wrong horse" });
      return performance.now() - started;
    };
    await time(email.toLowerCase());
    const known = await time(email.toLowerCase());
    const unknown = await time("nobody@auth.test");
    expect(unknown).toBeGreaterThan(known * 0.4);
  });

  it("rejects malformed credentials at the schema", () => {
    expect(ZStaffCredentials.safeParse({ email: "not-an-email", password: "x" }).success).toBe(false);
    expect(ZStaffCredentials.safeParse({ email: "a@b.test", password: "" }).success).toBe(false);
  });
});

// Time is moved by passing `now`, so the 15-minute windows pass in no time.
describe("sign-in lockout", () => {
  it("locks an email at its fifth wrong password for 15 minutes, even for the right one, then lets it in", async () => {
    const address = newEmail();
    await createUser(address);
    const start = new Date();
    for (let i = 0; i < MAX_FAILURES.email - 1; i++)
      expect(await attempt(address, "wrong horse", minutes(start, i))).toBe("wrong");
    expect(await attempt(address, "wrong horse", minutes(start, 4))).toBe(
      "Too many attempts, try again in 15 minutes.",
    );
    expect(await attempt(address, PASSWORD, minutes(start, 5))).toBe("Too many attempts, try again in 14 minutes.");
    expect(await attempt(address, PASSWORD, minutes(start, 18.5))).toBe("Too many attempts, try again in 1 minute.");
    expect(await attempt(address, PASSWORD, minutes(start, 19))).toBe("ok");
  });

  it("locks an unknown email exactly like a known one", async () => {
    const start = new Date();
    const known = newEmail();
    await createUser(known);
    const unknown = newEmail();
    const outcomes = async (address: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 6; i++) seen.push(await attempt(address, "wrong horse", minutes(start, i)));
      return seen;
    };
    expect(await outcomes(unknown)).toEqual(await outcomes(known));
  });

  it("counts only the last 15 minutes, and forgets the failures once the right password is given", async () => {
    const address = newEmail();
    await createUser(address);
    const start = new Date();
    for (let i = 0; i < 4; i++) expect(await attempt(address, "wrong horse", minutes(start, i))).toBe("wrong");
    // The first two fell out of the window: two more wrong ones make four, not six.
    for (let i = 0; i < 2; i++) expect(await attempt(address, "wrong horse", minutes(start, 16 + i))).toBe("wrong");
    expect(await attempt(address, PASSWORD, minutes(start, 18))).toBe("ok");
    for (let i = 0; i < 4; i++) expect(await attempt(address, "wrong horse", minutes(start, 19 + i))).toBe("wrong");
    expect(await attempt(address, PASSWORD, minutes(start, 23))).toBe("ok");
  });

  it("locks an IP after many wrong passwords for any emails, and only that IP", async () => {
    const ip = newIp();
    const start = new Date();
    for (let i = 0; i < MAX_FAILURES.ip - 1; i++)
      expect(await attempt(newEmail(), "wrong horse", start, ip)).toBe("wrong");
    expect(await attempt(newEmail(), "wrong horse", start, ip)).toMatch(/^Too many attempts/);
    expect(await attempt(email, PASSWORD, minutes(start, 1), ip)).toMatch(/^Too many attempts/);
    expect(await attempt(email, PASSWORD, minutes(start, 1), newIp())).toBe("ok");
    expect(await attempt(email, PASSWORD, new Date(start.getTime() + SIGN_IN_LOCK_MS), ip)).toBe("ok");
  });

  it("counts a burst of parallel guesses too: at most five are checked", async () => {
    const address = newEmail();
    await createUser(address);
    const now = new Date();
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => attempt(address, "wrong horse", now)));
    expect(outcomes.filter((outcome) => outcome === "wrong").length).toBeLessThanOrEqual(MAX_FAILURES.email);
    expect(await attempt(address, PASSWORD, now)).toMatch(/^Too many attempts/);
  });

  it("writes the lockout of a known email to the audit log of each of its businesses, not the password", async () => {
    const address = newEmail();
    const lockedId = await createUser(address);
    const business = await createTestBusiness({ name: "Lockout Co" });
    await db().membership.create({ data: { userId: lockedId, businessId: business.id, role: "VIEWER" } });
    const start = new Date();
    for (let i = 0; i < MAX_FAILURES.email; i++)
      await attempt(address, `wrong horse ${i}`, minutes(start, i), "203.0.113.50");
    const entries = await db().auditLog.findMany({
      where: { businessId: business.id, action: "account.sign-in-locked" },
      select: { actorType: true, targetId: true, metadata: true },
    });
    expect(entries).toEqual([
      {
        actorType: "SYSTEM",
        targetId: lockedId,
        metadata: { failedAttempts: 5, ipAddress: "203.0.113.50", lockedUntil: minutes(start, 19).toISOString() },
      },
    ]);
  });
});
