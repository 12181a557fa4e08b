"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { AccountFormState } from "@/components/portal/account/account-form-state";
import { toAccountFormState } from "@/app/portal/account/_lib/to-account-form-state";
import { clientIp } from "@/server/auth/client-ip";
import { SIGN_IN_PATH } from "@/server/auth/config";
import { signIn } from "@/server/auth/next-auth";
import { PORTAL_HOME } from "@/server/auth/safe-callback-path";
import { redeemSignInLink } from "@/server/services/staff/redeem-sign-in-link";

/** The new owner's first password, through the operator's single-use link; then straight into the Portal. */
export const chooseFirstPasswordAction = async (token: string, _state: AccountFormState, form: FormData): Promise<AccountFormState> => {
  const input = { newPassword: String(form.get("newPassword") ?? ""), confirmPassword: String(form.get("confirmPassword") ?? "") };
  const ipAddress = clientIp(await headers());
  let email: string;
  try {
    ({ email } = await redeemSignInLink({ token, input, ...(ipAddress ? { ipAddress } : {}) }));
  } catch (error) {
    return toAccountFormState(error);
  }
  try {
    await signIn("credentials", { email, password: input.newPassword, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) redirect(`${SIGN_IN_PATH}?passwordChanged=1`);
    throw error;
  }
  redirect(PORTAL_HOME);
};
