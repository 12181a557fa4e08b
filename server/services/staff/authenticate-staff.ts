import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { verifyPassword } from "@/server/auth/password";
import { beginSignInAttempt, failSignInAttempt, succeedSignInAttempt, tooManyAttempts } from "./sign-in-throttle";
import { findUserIdByEmail } from "./find-user-id-by-email";

export const ZStaffCredentials = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(200),
});

export type StaffCredentials = z.infer<typeof ZStaffCredentials>;

/** Who signed in, and the session version their session token carries (see staff-account.ts). */
export type AuthenticatedStaff = { id: string; email: string; name: string; sessionVersion: number };

// A bcrypt hash of a random string, compared against when the email is unknown so that
// a wrong email and a wrong password take the same time (no user enumeration by timing).
const DUMMY_HASH = "$2b$10$54RgyC9jgl0dzVj7c0W5pO02bdronygcAJV.1VzeQl7qrjYS.L8TG";

/**
 * The staff user these credentials belong to, or null; never says which part was wrong. Throws
 * RATE_LIMITED while the email or the IP is locked out (sign-in-throttle.ts), known email or not.
 */
export const authenticateStaff = async ({
  email,
  password,
  ipAddress,
  now = new Date(),
}: StaffCredentials & { ipAddress?: string; now?: Date }): Promise<AuthenticatedStaff | null> => {
  const attempt = await beginSignInAttempt({ email, ipAddress, now });
  const userId = await findUserIdByEmail(email);
  const user = userId
    ? await db().user.findUnique({
        where: { id: userId },
        select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
      })
    : null;
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !matches) {
    const { lockedUntil } = await failSignInAttempt(attempt);
    if (lockedUntil) throw tooManyAttempts(lockedUntil, now);
    return null;
  }
  await succeedSignInAttempt(attempt);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
};
