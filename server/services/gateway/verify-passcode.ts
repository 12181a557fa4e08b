import { db } from "../../db";
import { AppError } from "../../errors";
import { isSixDigits } from "../../auth/one-time-code";
import { verifyPassword } from "../../auth/password";
import type { Actor } from "../actor";
import { assertNotLocked, recordFailedAttempt } from "./gateway-attempts";

/** Checks a passcode, within the Gateway's guess limit (gateway-attempts.ts). */
export const verifyPasscode = async ({ workflowId, passcode, actor }: { workflowId: string; passcode: string; actor: Actor }) => {
  const workflow = await db().workflow.findUnique({
    where: { id: workflowId },
    select: { businessId: true, passcodeHash: true, lockedUntil: true },
  });
  if (!workflow?.passcodeHash) throw new AppError("CONFLICT", "This link has no passcode");
  assertNotLocked(workflow.lockedUntil, "passcode");
  const ok = isSixDigits(passcode.trim()) && (await verifyPassword(passcode.trim(), workflow.passcodeHash));
  if (!ok) return recordFailedAttempt({ workflowId, businessId: workflow.businessId, actor, kind: "passcode" });
  await db().workflow.update({ where: { id: workflowId }, data: { failedAttempts: 0, lockedUntil: null }, select: { id: true } });
  return { ok: true as const };
};
