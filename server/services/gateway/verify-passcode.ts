import { db } from "../../db";
import { AppError } from "../../errors";
import { verifyPassword } from "../../auth/password";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";

export const MAX_PASSCODE_ATTEMPTS = 5;
export const PASSCODE_LOCK_MS = 15 * 60_000;

/**
 * Checks a passcode. Five wrong tries lock the link for 15 minutes; the counter and the lock
 * live in the database, so restarts and several instances cannot be used to guess faster.
 */
export const verifyPasscode = async ({ workflowId, passcode, actor }: { workflowId: string; passcode: string; actor: Actor }) => {
  const workflow = await db().workflow.findUnique({
    where: { id: workflowId },
    select: { businessId: true, passcodeHash: true, failedAttempts: true, lockedUntil: true },
  });
  if (!workflow?.passcodeHash) throw new AppError("CONFLICT", "This link has no passcode");
  if (workflow.lockedUntil && workflow.lockedUntil.getTime() > Date.now()) {
    throw new AppError("RATE_LIMITED", "Too many wrong passcodes. Try again in 15 minutes.", { lockedUntil: workflow.lockedUntil.toISOString() });
  }
  const ok = /^\d{6}$/.test(passcode.trim()) && (await verifyPassword(passcode.trim(), workflow.passcodeHash));
  if (ok) {
    await db().workflow.update({ where: { id: workflowId }, data: { failedAttempts: 0, lockedUntil: null }, select: { id: true } });
    return { ok: true as const };
  }
  // Count atomically: concurrent guesses each take one attempt.
  const updated = await db().workflow.update({ where: { id: workflowId }, data: { failedAttempts: { increment: 1 } }, select: { failedAttempts: true } });
  const locked = updated.failedAttempts >= MAX_PASSCODE_ATTEMPTS;
  await db().$transaction(async (tx) => {
    if (locked) await tx.workflow.update({ where: { id: workflowId }, data: { failedAttempts: 0, lockedUntil: new Date(Date.now() + PASSCODE_LOCK_MS) }, select: { id: true } });
    await recordAudit(tx, { businessId: workflow.businessId, actor, action: locked ? "workflow.passcode-locked" : "workflow.passcode-failed", targetType: "Workflow", targetId: workflowId });
  });
  return { ok: false as const, attemptsLeft: locked ? 0 : MAX_PASSCODE_ATTEMPTS - updated.failedAttempts, locked };
};
