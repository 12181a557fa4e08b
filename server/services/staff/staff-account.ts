import { db } from "../../db";

/** The signed-in user as the Portal sees them. Never the password hash. */
export type StaffAccount = { id: string; email: string; name: string; passwordChangeRequired: boolean };

/**
 * The account behind a session token, or null when the user is gone or the token was issued
 * before their last password change (its session version is behind the user's).
 */
export const findSessionAccount = async ({ userId, sessionVersion }: { userId: string; sessionVersion: number }): Promise<StaffAccount | null> => {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, passwordChangeRequired: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, passwordChangeRequired: user.passwordChangeRequired };
};
