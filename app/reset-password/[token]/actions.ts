"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { AccountFormState } from "@/components/portal/account/account-form-state";
import { toAccountFormState } from "@/app/portal/account/_lib/to-account-form-state";
import { signInAfterPassword } from "@/app/_lib/sign-in-after-password";
import { clientIp } from "@/server/auth/client-ip";
import { PORTAL_HOME } from "@/server/auth/safe-callback-path";
import { resetStaffPassword } from "@/server/services/staff/reset-staff-password";

/** A new password through the emailed reset link; every other session ends; then into the Portal. */
export const resetPasswordAction = async (
  token: string,
  _state: AccountFormState,
  form: FormData,
): Promise<AccountFormState> => {
  const input = {
    newPassword: String(form.get("newPassword") ?? ""),
    confirmPassword: String(form.get("confirmPassword") ?? ""),
  };
  const ipAddress = clientIp(await headers());
  let email: string;
  try {
    ({ email } = await resetStaffPassword({ token, input, ...(ipAddress ? { ipAddress } : {}) }));
  } catch (error) {
    return toAccountFormState(error);
  }
  await signInAfterPassword(email, input.newPassword);
  redirect(PORTAL_HOME);
};
