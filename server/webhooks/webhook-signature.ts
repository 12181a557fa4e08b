import { createHmac, randomBytes } from "node:crypto";

// Standard Webhooks v1 (the open specification): the signed content is
// `${webhook-id}.${webhook-timestamp}.${body}`, so neither the id nor the time can be swapped
// under a valid signature. Secrets are `whsec_` + base64 of random bytes; the HMAC key is
// the decoded bytes, not the text.

const SECRET_PREFIX = "whsec_";
const SECRET_BYTES = 32;

export const newWebhookSecret = () => `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString("base64")}`;

const secretKey = (secret: string) =>
  Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, "base64");

export type SignInput = { id: string; timestamp: number; body: string };

const signWith = (secret: string, { id, timestamp, body }: SignInput) =>
  `v1,${createHmac("sha256", secretKey(secret)).update(`${id}.${timestamp}.${body}`).digest("base64")}`;

/** The `webhook-signature` header: one `v1,…` per secret, space-separated (several during a rotation). */
const webhookSignatureHeader = (secrets: readonly string[], input: SignInput) =>
  secrets.map((secret) => signWith(secret, input)).join(" ");

/** The three Standard Webhooks headers plus the content type, for one delivery attempt. */
export const webhookHeaders = (
  secrets: readonly string[],
  { id, body, now = new Date() }: { id: string; body: string; now?: Date },
) => {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    "content-type": "application/json",
    "user-agent": "LinX-Webhooks/1.0",
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": webhookSignatureHeader(secrets, { id, timestamp, body }),
  };
};
