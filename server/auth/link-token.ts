import "server-only";
import { createHmac, createSecretKey, type KeyObject, randomBytes } from "node:crypto";
import { requireSecret } from "@/server/env";
import { sha256Hex } from "./tokens";

// A workflow's link token is HMAC-SHA256(ENCRYPTION_KEY, nonce): 256 bits no one can guess, of
// which the database keeps only the nonce and the token's SHA-256. A stolen database cannot
// open links; the server can rebuild the same link for every reminder.

export const newLinkNonce = () => randomBytes(32).toString("base64url");

// The key object is made once per ENCRYPTION_KEY (every create and every text makes a token).
let linkKey: { hex: string; key: KeyObject } | undefined;
const linkTokenKey = () => {
  const hex = requireSecret("ENCRYPTION_KEY");
  if (linkKey?.hex !== hex) linkKey = { hex, key: createSecretKey(Buffer.from(hex, "hex")) };
  return linkKey.key;
};

export const linkTokenFor = (nonce: string) =>
  createHmac("sha256", linkTokenKey()).update(`linx-link:${nonce}`).digest("base64url");

export const hashLinkToken = (token: string) => sha256Hex(token);

/** Tokens are 43 base64url characters; anything else is not looked up at all. */
export const looksLikeLinkToken = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);
