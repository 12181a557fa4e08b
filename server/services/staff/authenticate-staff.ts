import { z } from "zod";
import { db } from "../../db";
import { verifyPassword } from "../../auth/password";

export const ZStaffCredentials = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(200),
});

export type StaffCredentials = z.infer<typeof ZStaffCredentials>;

export type AuthenticatedStaff = { id: string; email: string; name: string };

// A bcrypt hash of a random string, compared against when the email is unknown so that
// a wrong email and a wrong password take the same time (no user enumeration by timing).
const DUMMY_HASH = "$2b$10$54RgyC9jgl0dzVj7c0W5pO02bdronygcAJV.1VzeQl7qrjYS.L8TG";

/** The staff user these credentials belong to, or null; never says which part was wrong. */
export const authenticateStaff = async ({ email, password }: StaffCredentials): Promise<AuthenticatedStaff | null> => {
  const user = await db().user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  if (!user) {
    await verifyPassword(password, DUMMY_HASH);
    return null;
  }
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  return { id: user.id, email: user.email, name: user.name };
};
