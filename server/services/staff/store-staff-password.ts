import "server-only";
import { AppError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import type { Actor } from "@/server/services/actor";
import { recordAccountAudit } from "./record-account-audit";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/**
 * Saves a new password: the hash and a higher session version,
 * which ends every session issued before (the caller signs the current one in again).
 */
export const storeStaffPassword = async ({
  userId,
  password,
  actor,
  action,
}: {
  userId: string;
  password: string;
  actor: Actor;
  action: string;
}) => {
  const passwordHash = await hashPassword(password);
  await inUnitOfWork(async ({ tx }) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId },
      // A reset link asked for earlier stops working too: the password it would replace is gone.
      data: {
        passwordHash,
        passwordResetTokenHash: null,
        passwordResetExpiresAt: null,
        sessionVersion: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "Account not found");
    await recordAccountAudit(tx, { userId, actor, action });
  });
};
