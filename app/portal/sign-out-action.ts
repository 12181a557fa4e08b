"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/server/auth/client-ip";
import { SIGN_IN_PATH } from "@/server/auth/config";
import { auth, signOut } from "@/server/auth/next-auth";
import { getSessionUser } from "@/server/auth/session-user";
import { endStaffSession } from "@/server/services/staff/end-staff-session";

/**
 * Ends this session on the server (its id is revoked, so a copy of the cookie signs no one in;
 * the user's other sessions go on), clears the cookie, then a relative redirect (keeps the host
 * the user typed). A session that already signs no one in has nothing to end.
 */
export const signOutAction = async () => {
  const [user, session] = await Promise.all([getSessionUser(), auth()]);
  if (user && session?.sessionId && session.sessionEndsAt) {
    const ipAddress = clientIp(await headers());
    await endStaffSession({
      userId: user.id,
      sessionId: session.sessionId,
      expiresAt: new Date(session.sessionEndsAt * 1000),
      actor: { type: "USER", id: user.id, ...(ipAddress ? { ipAddress } : {}) },
    });
  }
  await signOut({ redirect: false });
  redirect(`${SIGN_IN_PATH}?signedOut=1`);
};
