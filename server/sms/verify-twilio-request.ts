import twilio from "twilio";
import { env } from "@/server/env";
import { isAppError } from "@/server/errors";
import { readBodyText } from "@/server/http/read-body-text";

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
  let raw: string;
  try {
    // Counted as it arrives: an unsigned sender cannot make us hold a large body before the check.
    raw = await readBodyText(request, MAX_BODY_BYTES);
  } catch (error) {
    if (isAppError(error) && error.code === "PAYLOAD_TOO_LARGE") return { ok: false, status: 413 };
    throw error;
  }

  const signature = request.headers.get("x-twilio-signature");
  const { pathname, search } = new URL(request.url);
  const params = Object.fromEntries(new URLSearchParams(raw));
  if (
    !signature ||
    !twilio.validateRequest(config.TWILIO_AUTH_TOKEN, signature, `${config.APP_URL}${pathname}${search}`, params)
  ) {
    return { ok: false, status: 403 };
  }
  return { ok: true, params };
};
