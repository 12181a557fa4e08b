import { db } from "../../db";
import { AppError } from "../../errors";
import { verifyPassword } from "../../auth/password";
import type { Actor } from "../actor";
import { choosePasswordSchema, fieldProblem, type ChoosePasswordFields } from "./staff-account-input";
import { storeStaffPassword } from "./store-staff-password";

/**
 * An invited member's own password, in place of the one-time password they signed in with. Only
 * while the account still has to choose one; other sessions end, as with any password change.
 */
export const chooseStaffPassword = async ({ userId, input, actor }: { userId: string; input: ChoosePasswordFields; actor: Actor }) => {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true, passwordChangeRequired: true } });
  if (!user) throw new AppError("NOT_FOUND", "Account not found");
  if (!user.passwordChangeRequired) throw new AppError("CONFLICT", "Your password is already chosen; change it from your account page");
  const { newPassword } = choosePasswordSchema(user.email).parse(input);
  if (await verifyPassword(newPassword, user.passwordHash)) {
    throw new AppError("BAD_REQUEST", "Choose a new password", fieldProblem("newPassword", "Choose a password other than the one-time password"));
  }
  await storeStaffPassword({ userId, password: newPassword, actor, action: "account.password-chosen", onlyIfRequired: true });
};
