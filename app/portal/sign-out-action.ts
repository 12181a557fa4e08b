"use server";

import { redirect } from "next/navigation";
import { SIGN_IN_PATH } from "@/server/auth/config";
import { auth, signOut } from "@/server/auth/next-auth";
import { endStaffSessions } from "@/server/services/staff/end-staff-sessions";

/**
 * Ends the session on the server (its token stops signing anyone in, even if copied), clears the
 * cookie, then a relative redirect (keeps the host the user typed).
 */
export const signOutAction = async () => {
  const session = await auth();
  if (session?.user?.id) await endStaffSessions({ userId: session.user.id, sessionVersion: session.sessionVersion ?? 0 });
  await signOut({ redirect: false });
  redirect(`${SIGN_IN_PATH}?signedOut=1`);
};
