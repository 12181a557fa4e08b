import "server-only";
import { db } from "@/server/db";

/** The signed-in user as the Portal sees them. Never the password hash. */
export type StaffAccount = { id: string; email: string; name: string };

/**
 * The account behind a session token, or null when the user is gone, the token was issued
 * before their last password change (its session version is behind the user's), or this session
 * was signed out (its id is revoked). One query: the revocation is a NOT EXISTS on its primary key.
 */
export const findSessionAccount = async ({
  userId,
  sessionVersion,
  sessionId,
}: {
  userId: string;
  sessionVersion: number;
  sessionId: string;
}): Promise<StaffAccount | null> =>
  db().user.findFirst({
    where: { id: userId, sessionVersion, revokedSessions: { none: { sessionId } } },
    select: { id: true, email: true, name: true },
  });
