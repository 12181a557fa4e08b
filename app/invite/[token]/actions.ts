"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { AccountFormState } from "@/components/portal/account/account-form-state";
import { toAccountFormState } from "@/app/portal/account/_lib/to-account-form-state";
import { signInAfterPassword } from "@/app/_lib/sign-in-after-password";
import { ACTIVE_BUSINESS_COOKIE } from "@/server/auth/active-business";
import { clientIp } from "@/server/auth/client-ip";
import { signInRedirectPath } from "@/server/auth/portal-access";
import { PORTAL_HOME } from "@/server/auth/safe-callback-path";
import { getSessionUser } from "@/server/auth/session-user";
import { acceptInvitationSignedIn, acceptInvitationWithPassword } from "@/server/services/staff/accept-invitation";

// The invitation page's two ways to accept. Either way the business joined becomes the active one.

const openBusiness = async (businessId: string) => {
  (await cookies()).set(ACTIVE_BUSINESS_COOKIE, businessId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
  });
  redirect(PORTAL_HOME);
};

const ipOf = async () => {
  const ipAddress = clientIp(await headers());
  return ipAddress ? { ipAddress } : {};
};

/** A new address: the invitee chooses their password, their account is made, and they are signed in. */
export const acceptWithPasswordAction = async (
  token: string,
  _state: AccountFormState,
  form: FormData,
): Promise<AccountFormState> => {
  const input = {
    newPassword: String(form.get("newPassword") ?? ""),
    confirmPassword: String(form.get("confirmPassword") ?? ""),
  };
  let accepted: { email: string; businessId: string };
  try {
    accepted = await acceptInvitationWithPassword({ token, input, ...(await ipOf()) });
  } catch (error) {
    return toAccountFormState(error);
  }
  await signInAfterPassword(accepted.email, input.newPassword);
  return openBusiness(accepted.businessId);
};

export type AcceptState = { error?: string };

/** An existing account accepts while signed in as the invited address. */
export const acceptSignedInAction = async (token: string, _state: AcceptState): Promise<AcceptState> => {
  const user = await getSessionUser();
  if (!user) redirect(signInRedirectPath(`/invite/${token}`));
  let businessId: string;
  try {
    ({ businessId } = await acceptInvitationSignedIn({ token, userId: user.id, ...(await ipOf()) }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : "The invitation could not be accepted." };
  }
  return openBusiness(businessId);
};
