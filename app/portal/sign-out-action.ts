"use server";

import { redirect } from "next/navigation";
import { SIGN_IN_PATH } from "@/server/auth/config";
import { signOut } from "@/server/auth/next-auth";

/** Clears the session cookie, then a relative redirect (keeps the host the user typed). */
export const signOutAction = async () => {
  await signOut({ redirect: false });
  redirect(`${SIGN_IN_PATH}?signedOut=1`);
};
