import "server-only";
import { cache } from "react";
import { findSessionAccount, type StaffAccount } from "@/server/services/staff/staff-account";
import { auth } from "./next-auth";

export type SessionUser = StaffAccount;

/**
 * The signed-in staff user, once per request, or null. Read from the database, not the token:
 * a renamed user shows their new name at once, and a token from before a password change
 * (an older session version) or of a session that signed out (a copy of its cookie) no longer
 * signs anyone in.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id || !session.sessionId) return null;
  return findSessionAccount({ userId: id, sessionVersion: session.sessionVersion ?? 0, sessionId: session.sessionId });
});
