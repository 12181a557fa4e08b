import "server-only";
import { db } from "@/server/db";
import { singleUseTokenHash } from "@/server/auth/single-use-link";

/** Whose reset link this is, while it is unused and unexpired; null otherwise (nothing else said). */
export const findPasswordReset = async ({ token, now = new Date() }: { token: string; now?: Date }) => {
  const passwordResetTokenHash = singleUseTokenHash(token);
  if (!passwordResetTokenHash) return null;
  return db().user.findFirst({
    where: { passwordResetTokenHash, passwordResetExpiresAt: { gt: now } },
    select: { email: true, name: true },
  });
};
