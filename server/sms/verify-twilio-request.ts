import twilio from "twilio";
import { env } from "../env";

export type TwilioRequest = { ok: true; params: Record<string, string> } | { ok: false; status: 403 | 404 | 413 };

const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a webhook Twilio sent (form-encoded) and checks its X-Twilio-Signature. Twilio signs the
 * public URL it called, which behind a proxy is not request.url: the signed URL is rebuilt from
 * APP_URL plus the path and query. 404 while Twilio is not configured (no token to verify with).
 */
export const verifyTwilioRequest = async (request: Request): Promise<TwilioRequest> => {
  const config = env();
  if (config.smsProvider !== "twilio" || !config.TWILIO_AUTH_TOKEN) return { ok: false, status: 404 };
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return { ok: false, status: 413 };
  const raw = await request.text();
  if (raw.length > MAX_BODY_BYTES) return { ok: false, status: 413 };

  const signature = request.headers.get("x-twilio-signature");
  const { pathname, search } = new URL(request.url);
  const params = Object.fromEntries(new URLSearchParams(raw));
  if (!signature || !twilio.validateRequest(config.TWILIO_AUTH_TOKEN, signature, `${config.APP_URL}${pathname}${search}`, params)) {
    return { ok: false, status: 403 };
  }
  return { ok: true, params };
};
