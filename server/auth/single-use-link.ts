import "server-only";
import { randomToken, sha256Hex } from "./tokens";

// The single-use links LinX emails to staff (an invitation, a password reset): 256 random bits,
// of which only the SHA-256 is stored, so a copy of the database opens nothing.

export const newSingleUseLink = (lifetimeMs: number, now = new Date()) => {
  const token = randomToken();
  return { token, tokenHash: sha256Hex(token), expiresAt: new Date(now.getTime() + lifetimeMs) };
};

/** A token's hash, or null for anything that cannot be one (so garbage never reaches a query). */
export const singleUseTokenHash = (token: string) => (/^[A-Za-z0-9_-]{43}$/.test(token) ? sha256Hex(token) : null);
