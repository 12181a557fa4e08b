import "server-only";
import { AppError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import { singleUseTokenHash } from "@/server/auth/single-use-link";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { findPasswordReset } from "./find-password-reset";
import { recordAccountAudit } from "./record-account-audit";
import { clearEmailAttempts } from "./sign-in-throttle";
import { choosePasswordSchema, type ChoosePasswordFields } from "@/server/contracts/staff/staff-account-input";

const spent = () =>
  new AppError("CONFLICT", "This reset link has expired or was already used. Ask for a new one from the sign-in page.");

/**
 * A new password through an emailed reset link. The link works once (a conditional update on
 * the unexpired token, which it clears); every session of the account ends (its session version
 * goes up), and a sign-in lock on the address is lifted.
 */
export const resetStaffPassword = async ({
  token,
  input,
  ipAddress,
  now = new Date(),
}: {
  token: string;
  input: ChoosePasswordFields;
  ipAddress?: string;
  now?: Date;
}) => {
  const reset = await findPasswordReset({ token, now });
  if (!reset) throw spent();
  const { newPassword } = choosePasswordSchema(reset.email).parse(input);
  const passwordHash = await hashPassword(newPassword);
  const passwordResetTokenHash = singleUseTokenHash(token);
  return inUnitOfWork(async ({ tx }) => {
    const user = await tx.user.findFirst({
      where: { passwordResetTokenHash, passwordResetExpiresAt: { gt: now } },
      select: { id: true, email: true },
    });
    if (!user) throw spent();
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordResetTokenHash, passwordResetExpiresAt: { gt: now } },
      data: {
        passwordHash,
        passwordResetTokenHash: null,
        passwordResetExpiresAt: null,
        sessionVersion: { increment: 1 },
      },
    });
    if (count === 0) throw spent();
    await clearEmailAttempts(tx, user.email);
    await recordAccountAudit(tx, {
      userId: user.id,
      actor: { type: "USER", id: user.id, ...(ipAddress ? { ipAddress } : {}) },
      action: "account.password-reset",
    });
    return { email: user.email };
  });
};
