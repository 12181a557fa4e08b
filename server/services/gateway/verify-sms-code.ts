import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashTextedCode, isSixDigits } from "@/server/auth/one-time-code";
import { safeEqual } from "@/server/auth/tokens";
import type { Actor } from "@/server/services/actor";
import { assertNotLocked, claimAttempt, recordFailedAttempt } from "./gateway-attempts";

export type VerifySmsCodeResult =
  | { ok: true }
  | { ok: false; expired: true }
  | { ok: false; attemptsLeft: number; locked: boolean };

/**
 * Checks a texted code, within the Gateway's guess limit. A right code works once: it is
 * cleared by a conditional update, so two tabs submitting it cannot both use it.
 */
export const verifySmsCode = async ({
  workflowId,
  code,
  actor,
}: {
  workflowId: string;
  code: string;
  actor: Actor;
}): Promise<VerifySmsCodeResult> => {
  const workflow = await db().workflow.findUnique({
    where: { id: workflowId },
    select: { businessId: true, authentication: true, codeHash: true, codeExpiresAt: true, lockedUntil: true },
  });
  if (workflow?.authentication !== "SMS_CODE") throw new AppError("CONFLICT", "This link does not take a texted code");
  assertNotLocked(workflow.lockedUntil, "code");
  if (!workflow.codeHash || !workflow.codeExpiresAt || workflow.codeExpiresAt.getTime() <= Date.now())
    return { ok: false, expired: true };
  // Counted before the check, so parallel guesses cannot outrun the limit (gateway-attempts.ts).
  const attempt = await claimAttempt({ workflowId, kind: "code" });
  const candidate = code.trim();
  if (!isSixDigits(candidate) || !safeEqual(hashTextedCode(workflowId, candidate), workflow.codeHash)) {
    return recordFailedAttempt({ workflowId, businessId: workflow.businessId, actor, kind: "code", attempt });
  }
  const used = await db().workflow.updateMany({
    where: { id: workflowId, codeHash: workflow.codeHash },
    data: { codeHash: null, codeExpiresAt: null, failedAttempts: 0, lockedUntil: null },
  });
  return used.count === 1 ? { ok: true } : { ok: false, expired: true };
};
