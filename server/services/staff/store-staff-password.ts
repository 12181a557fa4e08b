import { AppError } from "../../errors";
import { hashPassword } from "../../auth/password";
import type { Actor } from "../actor";
import { recordAccountAudit } from "./record-account-audit";
import { inUnitOfWork } from "../../work/unit-of-work";

/**
 * Saves a new password: the hash, no further change required, and a higher session version,
 * which ends every session issued before (the caller signs the current one in again).
 * With `onlyIfRequired` it changes nothing unless the account still has to choose one.
 */
export const storeStaffPassword = async ({ userId, password, actor, action, onlyIfRequired = false }: { userId: string; password: string; actor: Actor; action: string; onlyIfRequired?: boolean }) => {
  const passwordHash = await hashPassword(password);
  await inUnitOfWork(async ({ tx }) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, ...(onlyIfRequired ? { passwordChangeRequired: true } : {}) },
      data: { passwordHash, passwordChangeRequired: false, passwordExpiresAt: null, signInTokenHash: null, signInTokenExpiresAt: null, sessionVersion: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "Your password is already chosen; change it from your account page");
    await recordAccountAudit(tx, { userId, actor, action });
  });
};
