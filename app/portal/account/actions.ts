"use server";

import { AuthError } from "next-auth";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { AccountFormState } from "@/components/portal/account/account-form-state";
import { clientIp } from "@/server/auth/client-ip";
import { SIGN_IN_PATH } from "@/server/auth/config";
import { signIn } from "@/server/auth/next-auth";
import { signInRedirectPath } from "@/server/auth/portal-access";
import { getSessionUser } from "@/server/auth/session-user";
import type { Actor } from "@/server/services/actor";
import { changeStaffPassword } from "@/server/services/staff/change-staff-password";
import { renameStaffAccount } from "@/server/services/staff/rename-staff-account";
import { toAccountFormState } from "@/app/portal/account/_lib/to-account-form-state";

// The account page's forms. Each acts on the signed-in
// user only: the user comes from the session, never from the form.

const ACCOUNT_PATH = "/portal/account";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

const actorOf = async (userId: string): Promise<Actor> => {
  const ipAddress = clientIp(await headers());
  return { type: "USER", id: userId, ...(ipAddress ? { ipAddress } : {}) };
};

const accountUser = async () => {
  const user = await getSessionUser();
  if (!user) redirect(signInRedirectPath(ACCOUNT_PATH));
  return user;
};

/**
 * A password change ended every session of the user, this one included: sign this browser in
 * again with the new password, so its token carries the new session version.
 */
const signInAgain = async (email: string, password: string) => {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) redirect(`${SIGN_IN_PATH}?passwordChanged=1`);
    throw error;
  }
};

export const renameAccountAction = async (_state: AccountFormState, form: FormData): Promise<AccountFormState> => {
  const user = await accountUser();
  try {
    const { name } = await renameStaffAccount({
      userId: user.id,
      input: { name: text(form, "name") },
      actor: await actorOf(user.id),
    });
    // The header, rendered on the server, shows the name too.
    refresh();
    return { fieldErrors: {}, saved: `Saved. Your teams now see you as ${name}.` };
  } catch (error) {
    return toAccountFormState(error);
  }
};

export const changePasswordAction = async (_state: AccountFormState, form: FormData): Promise<AccountFormState> => {
  const user = await accountUser();
  const input = {
    currentPassword: text(form, "currentPassword"),
    newPassword: text(form, "newPassword"),
    confirmPassword: text(form, "confirmPassword"),
  };
  try {
    await changeStaffPassword({ userId: user.id, input, actor: await actorOf(user.id) });
  } catch (error) {
    return toAccountFormState(error);
  }
  await signInAgain(user.email, input.newPassword);
  // A redirect, so the page is drawn again with the new session cookie (a re-render of this
  // request would still read the old one, which no longer signs anyone in).
  redirect(`${ACCOUNT_PATH}?passwordChanged=1`);
};
