import "server-only";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import type { Actor } from "@/server/services/actor";
import { recordAccountAudit } from "./record-account-audit";

/**
 * Signing out one session. Sessions are signed cookies with no table behind them, so a copy of
 * the cookie would outlive the sign-out: its id is recorded as revoked, and session-user.ts
 * refuses it, until `expiresAt` (when the session would have ended anyway; housekeeping then
 * deletes the row). The user's other sessions (other browsers, other devices) go on. Signing
 * out an id already revoked changes nothing and is not audited again.
 */
export const endStaffSession = async ({
  userId,
  sessionId,
  expiresAt,
  actor,
}: {
  userId: string;
  sessionId: string;
  expiresAt: Date;
  actor: Actor;
}) =>
  inUnitOfWork(async ({ tx }) => {
    const { count } = await tx.revokedSession.createMany({
      data: [{ sessionId, userId, expiresAt }],
      skipDuplicates: true,
    });
    if (count === 0) return { ended: false };
    await recordAccountAudit(tx, { userId, actor, action: "account.signed-out" });
    return { ended: true };
  });
