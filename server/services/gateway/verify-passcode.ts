import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { isSixDigits } from "@/server/auth/one-time-code";
import { verifyPassword } from "@/server/auth/password";
import type { Actor } from "@/server/services/actor";
import { assertNotLocked, claimAttempt, clearAttempts, recordFailedAttempt } from "./gateway-attempts";

/** Checks a passcode, within the Gateway's guess limit: the try is counted before the check (gateway-attempts.ts). */
export const verifyPasscode = async ({
  workflowId,
  passcode,
  actor,
}: {
  workflowId: string;
  passcode: string;
  actor: Actor;
}) => {
  const workflow = await db().workflow.findUnique({
    where: { id: workflowId },
    select: { businessId: true, passcodeHash: true, lockedUntil: true },
  });
  if (!workflow?.passcodeHash) throw new AppError("CONFLICT", "This link has no passcode");
  assertNotLocked(workflow.lockedUntil, "passcode");
  const attempt = await claimAttempt({ workflowId, kind: "passcode" });
  const ok = isSixDigits(passcode.trim()) && (await verifyPassword(passcode.trim(), workflow.passcodeHash));
  if (!ok)
    return recordFailedAttempt({ workflowId, businessId: workflow.businessId, actor, kind: "passcode", attempt });
  await clearAttempts(workflowId);
  return { ok: true as const };
};
