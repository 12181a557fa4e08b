import { randomBytes } from "node:crypto";

// Easy to read aloud or type: no 0/O or 1/l/I.
const PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

// A one-time password passes through someone else's hands (the inviter, the admin who reset it):
// left unused it would stay a way in for them, so it stops working after three days.
export const ONE_TIME_PASSWORD_HOURS = 72;

export const oneTimePasswordExpiry = (now = new Date()) => new Date(now.getTime() + ONE_TIME_PASSWORD_HOURS * 3_600_000);

/**
 * A password for someone else to pass on, which its holder must replace with their own at once:
 * 20 characters from a 55-letter alphabet (about 115 bits), in groups of five.
 */
export const oneTimePassword = () =>
  Array.from(randomBytes(20), (byte) => PASSWORD_ALPHABET[byte % PASSWORD_ALPHABET.length])
    .join("")
    .replace(/(.{5})(?!$)/g, "$1-");
