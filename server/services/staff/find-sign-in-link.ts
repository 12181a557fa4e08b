import { db } from "../../db";
import { signInTokenHash } from "./sign-in-link";

/** Whose sign-in link this is, while it is unused and unexpired; null otherwise (nothing else said). */
export const findSignInLink = async ({ token, now = new Date() }: { token: string; now?: Date }) => {
  const hash = signInTokenHash(token);
  if (!hash) return null;
  return db().user.findFirst({ where: { signInTokenHash: hash, signInTokenExpiresAt: { gt: now } }, select: { email: true, name: true } });
};
