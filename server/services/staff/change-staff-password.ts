import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { verifyPassword } from "@/server/auth/password";
import type { Actor } from "@/server/services/actor";
import { beginSignInAttempt, failSignInAttempt, succeedSignInAttempt, tooManyAttempts } from "./sign-in-throttle";
import {
  changePasswordSchema,
  fieldProblem,
  type ChangePasswordFields,
} from "@/server/contracts/staff/staff-account-input";
import { storeStaffPassword } from "./store-staff-password";

/**
 * Changes a signed-in user's password. The current password is checked like a sign-in (the same
 * per-email limit, so a borrowed session cannot be used to guess it); every other session ends.
 */
export const changeStaffPassword = async ({
  userId,
  input,
  actor,
  now = new Date(),
}: {
  userId: string;
  input: ChangePasswordFields;
  actor: Actor;
  now?: Date;
}) => {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("NOT_FOUND", "Account not found");
  const { currentPassword, newPassword } = changePasswordSchema(user.email).parse(input);
  const attempt = await beginSignInAttempt({ email: user.email, ipAddress: actor.ipAddress, now });
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    const { lockedUntil } = await failSignInAttempt(attempt);
    if (lockedUntil) throw tooManyAttempts(lockedUntil, now);
    throw new AppError(
      "BAD_REQUEST",
      "Your current password is not right",
      fieldProblem("currentPassword", "This is not your current password"),
    );
  }
  await succeedSignInAttempt(attempt);
  if (newPassword === currentPassword) {
    throw new AppError(
      "BAD_REQUEST",
      "Choose a new password",
      fieldProblem("newPassword", "Choose a password different from your current one"),
    );
  }
  await storeStaffPassword({ userId, password: newPassword, actor, action: "account.password-changed" });
};
