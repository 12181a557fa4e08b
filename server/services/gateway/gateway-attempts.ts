import { db } from "../../db";
import { AppError } from "../../errors";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { inUnitOfWork } from "../../work/unit-of-work";

// The guess limit shared by the Gateway's two gates (passcode, texted code): five wrong tries
// lock the link for 15 minutes. The counter and the lock live in the database, so restarts and
// several instances cannot be used to guess faster.

export const MAX_ATTEMPTS = 5;
export const LOCK_MS = 15 * 60_000;

export type GateKind = "passcode" | "code";

export const assertNotLocked = (lockedUntil: Date | null, kind: GateKind) => {
  if (lockedUntil && lockedUntil.getTime() > Date.now()) {
    throw new AppError("RATE_LIMITED", `Too many wrong ${kind}s. Try again in 15 minutes.`, { lockedUntil: lockedUntil.toISOString() });
  }
};

/** Counts one wrong try (atomically: concurrent guesses each take one) and locks at the limit. */
export const recordFailedAttempt = async ({ workflowId, businessId, actor, kind }: { workflowId: string; businessId: string; actor: Actor; kind: GateKind }) => {
  const updated = await db().workflow.update({ where: { id: workflowId }, data: { failedAttempts: { increment: 1 } }, select: { failedAttempts: true } });
  const locked = updated.failedAttempts >= MAX_ATTEMPTS;
  await inUnitOfWork(async ({ tx }) => {
    if (locked) await tx.workflow.update({ where: { id: workflowId }, data: { failedAttempts: 0, lockedUntil: new Date(Date.now() + LOCK_MS) }, select: { id: true } });
    await recordAudit(tx, { businessId, actor, action: `workflow.${kind}-${locked ? "locked" : "failed"}`, targetType: "Workflow", targetId: workflowId });
  });
  return { ok: false as const, attemptsLeft: locked ? 0 : MAX_ATTEMPTS - updated.failedAttempts, locked };
};
