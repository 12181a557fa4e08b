import { randomToken, sha256Hex } from "../../auth/tokens";

// The single-use link an operator hands a new owner (npm run linx): only its SHA-256 is stored,
// on the user, and it lapses like a one-time password.

export const SIGN_IN_LINK_HOURS = 72;
export const SIGN_IN_LINK_PATH = "/welcome";

export const newSignInLink = (now = new Date()) => {
  const token = randomToken();
  return { token, signInTokenHash: sha256Hex(token), signInTokenExpiresAt: new Date(now.getTime() + SIGN_IN_LINK_HOURS * 3_600_000) };
};

export const signInLinkUrl = (appUrl: string, token: string) => `${appUrl}${SIGN_IN_LINK_PATH}/${token}`;

/** A token's hash, or null for anything that cannot be one (so garbage never reaches a query). */
export const signInTokenHash = (token: string) => (/^[A-Za-z0-9_-]{43}$/.test(token) ? sha256Hex(token) : null);
