import "server-only";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { SYSTEM } from "@/server/services/actor";
import { findUserIdByEmail } from "./find-user-id-by-email";
import { recordAccountAudit } from "./record-account-audit";

// Password guesses are limited per email (5) and per client IP (30) over a 15-minute window;
// reaching a limit refuses every attempt for that key for 15 minutes. The counts live in
// PostgreSQL, so restarts and several instances cannot be used to guess faster. An attempt is
// recorded before its password is checked, so a burst of parallel requests is counted too; a
// right password deletes the email's attempts. Unknown emails are throttled exactly like known
// ones, so a lockout says nothing about whether an account exists.

const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const SIGN_IN_LOCK_MS = 15 * 60_000;
export const MAX_FAILURES = { email: 5, ip: 30 } as const;

type Scope = keyof typeof MAX_FAILURES;

export type PendingSignInAttempt = {
  email: string;
  ipAddress?: string;
  now: Date;
  rows: Array<{ id: string; scope: Scope; key: string; count: number }>;
};

const keyOf = (scope: Scope, subject: string) => `${scope}:${subject.toLowerCase()}`;

const minutesLeft = (lockedUntil: Date, now: Date) =>
  Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));

export const tooManyAttempts = (lockedUntil: Date, now: Date) => {
  const minutes = minutesLeft(lockedUntil, now);
  return new AppError("RATE_LIMITED", `Too many attempts, try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, {
    retryAfterMinutes: minutes,
  });
};

const lock = async (rowId: string, now: Date) => {
  const lockedUntil = new Date(now.getTime() + SIGN_IN_LOCK_MS);
  // updateMany: a right password in parallel may have deleted the row already.
  await db().signInAttempt.updateMany({ where: { id: rowId }, data: { lockedUntil } });
  return lockedUntil;
};

/**
 * Records one attempt for this email (and IP, when known) before the password is checked.
 * Throws RATE_LIMITED while either is locked, or when parallel attempts already exceed a limit.
 */
export const beginSignInAttempt = async ({
  email,
  ipAddress,
  now = new Date(),
}: {
  email: string;
  ipAddress?: string;
  now?: Date;
}): Promise<PendingSignInAttempt> => {
  const keys: Array<[Scope, string]> = [["email", keyOf("email", email)]];
  if (ipAddress) keys.push(["ip", keyOf("ip", ipAddress)]);
  const locked = await db().signInAttempt.findFirst({
    where: { key: { in: keys.map(([, key]) => key) }, lockedUntil: { gt: now } },
    orderBy: { lockedUntil: "desc" },
    select: { lockedUntil: true },
  });
  if (locked?.lockedUntil) throw tooManyAttempts(locked.lockedUntil, now);
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const rows = await db().signInAttempt.createManyAndReturn({
    data: keys.map(([, key]) => ({ key, createdAt: now })),
    select: { id: true, key: true },
  });
  const attempt: PendingSignInAttempt = { email, ipAddress, now, rows: [] };
  for (const [scope, key] of keys) {
    const id = rows.find((row) => row.key === key)!.id;
    const count = await db().signInAttempt.count({ where: { key, createdAt: { gt: since, lte: now } } });
    if (count > MAX_FAILURES[scope]) throw tooManyAttempts(await lock(id, now), now);
    attempt.rows.push({ id, scope, key, count });
  }
  return attempt;
};

/**
 * Deletes at most `limit` attempts that no longer count for anything (older than the window and
 * the lock), oldest first through the (createdAt) index. Housekeeping calls it in bounded rounds.
 */
export const deleteOldSignInAttempts = async ({
  now = new Date(),
  limit = 1000,
}: {
  now?: Date;
  limit?: number;
} = {}) => {
  const before = new Date(now.getTime() - Math.max(SIGN_IN_WINDOW_MS, SIGN_IN_LOCK_MS));
  const deleted = await db().$executeRaw`
    DELETE FROM "SignInAttempt"
    WHERE "id" IN (SELECT "id" FROM "SignInAttempt" WHERE "createdAt" < ${before} ORDER BY "createdAt" LIMIT ${limit})`;
  return { deleted };
};

/** A locked email that belongs to an account goes into the audit log of each of its businesses. */
const auditEmailLock = async ({ email, ipAddress }: PendingSignInAttempt, lockedUntil: Date) => {
  const userId = await findUserIdByEmail(email);
  if (!userId) return;
  await db().$transaction((tx) =>
    recordAccountAudit(tx, {
      userId,
      actor: SYSTEM,
      action: "account.sign-in-locked",
      metadata: {
        failedAttempts: MAX_FAILURES.email,
        lockedUntil: lockedUntil.toISOString(),
        ipAddress: ipAddress ?? null,
      },
    }),
  );
};

/** The password was wrong: the attempt stays counted and, at a limit, locks its key. Returns the lock, if any. */
export const failSignInAttempt = async (attempt: PendingSignInAttempt) => {
  let lockedUntil: Date | null = null;
  for (const row of attempt.rows) {
    if (row.count < MAX_FAILURES[row.scope]) continue;
    lockedUntil = await lock(row.id, attempt.now);
    if (row.scope === "email") await auditEmailLock(attempt, lockedUntil);
  }
  return { lockedUntil };
};

/** The password was right: the email's earlier failures no longer count, nor does this attempt from the IP. */
export const succeedSignInAttempt = async (attempt: PendingSignInAttempt) => {
  await db().signInAttempt.deleteMany({
    where: { OR: [{ key: keyOf("email", attempt.email) }, { id: { in: attempt.rows.map((row) => row.id) } }] },
  });
};

/** Lifts an email's lock and forgets its failures: its password was just reset by an admin. */
export const clearEmailAttempts = (tx: Pick<Tx, "signInAttempt">, email: string) =>
  tx.signInAttempt.deleteMany({ where: { key: keyOf("email", email) } });
