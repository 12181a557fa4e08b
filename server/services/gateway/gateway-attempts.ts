import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";

// The guess limit shared by the Gateway's two gates (passcode, texted code): five tries lock the
// link for 15 minutes. Each try takes its slot with one conditional UPDATE *before* the (slow)
// check, so guesses sent at the same moment cannot all be checked: the fifth slot sets the lock
// in the same statement, and every try after it is refused without a check. A right code clears
// the count and the lock. The counter lives in the database, so restarts and several instances
// cannot be used to guess faster.

export const MAX_ATTEMPTS = 5;
const LOCK_MS = 15 * 60_000;

export type GateKind = "passcode" | "code";

const lockedError = (kind: GateKind, lockedUntil?: Date | null) =>
  new AppError(
    "RATE_LIMITED",
    `Too many wrong ${kind}s. Try again in 15 minutes.`,
    lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : undefined,
  );

export const assertNotLocked = (lockedUntil: Date | null, kind: GateKind) => {
  if (lockedUntil && lockedUntil.getTime() > Date.now()) throw lockedError(kind, lockedUntil);
};

/**
 * Takes one of the link's tries, or throws RATE_LIMITED when none is left. A lock that has run
 * out starts a fresh count. Returns the number of this try (1 to MAX_ATTEMPTS).
 */
export const claimAttempt = async ({ workflowId, kind }: { workflowId: string; kind: GateKind }) => {
  const now = new Date();
  const lockUntil = new Date(now.getTime() + LOCK_MS);
  // Every expression reads the row's own columns (not a subquery), so a try that waited on a
  // concurrent one re-reads the row it updates: PostgreSQL re-checks WHERE on the newest version.
  const rows = await db().$queryRaw<{ failedAttempts: number }[]>`
    UPDATE "Workflow" SET
      "failedAttempts" = CASE WHEN "lockedUntil" IS NOT NULL THEN 1 ELSE "failedAttempts" + 1 END,
      "lockedUntil" = CASE WHEN (CASE WHEN "lockedUntil" IS NOT NULL THEN 1 ELSE "failedAttempts" + 1 END) >= ${MAX_ATTEMPTS} THEN ${lockUntil.toISOString()}::timestamp(3) ELSE NULL END
    WHERE "id" = ${workflowId}
      AND (("lockedUntil" IS NULL AND "failedAttempts" < ${MAX_ATTEMPTS}) OR "lockedUntil" <= ${now.toISOString()}::timestamp(3))
    RETURNING "failedAttempts"`;
  if (rows.length === 0) throw lockedError(kind);
  return rows[0]!.failedAttempts;
};

/** A right code: the count starts again and the lock its own slot may have set is lifted. */
export const clearAttempts = (workflowId: string) =>
  db().workflow.update({
    where: { id: workflowId },
    data: { failedAttempts: 0, lockedUntil: null },
    select: { id: true },
  });

/** Records a wrong try whose slot was taken by claimAttempt; the lock, if any, is already set. */
export const recordFailedAttempt = async ({
  workflowId,
  businessId,
  actor,
  kind,
  attempt,
}: {
  workflowId: string;
  businessId: string;
  actor: Actor;
  kind: GateKind;
  attempt: number;
}) => {
  const locked = attempt >= MAX_ATTEMPTS;
  await recordAudit(db(), {
    businessId,
    actor,
    action: `workflow.${kind}-${locked ? "locked" : "failed"}`,
    targetType: "Workflow",
    targetId: workflowId,
  });
  return { ok: false as const, attemptsLeft: locked ? 0 : MAX_ATTEMPTS - attempt, locked };
};
