import twilio from "twilio";
import { fromTwilioStatus } from "./twilio-status";
import { RedirectingRequestClient } from "./twilio-http-client";
import type { SmsSender } from "./sms-message";

export type TwilioSenderConfig = {
  accountSid: string;
  authToken: string;
  /** E.164 sender number (TWILIO_FROM_NUMBER). */
  from: string;
  /** Only for tests: a fake Twilio API on loopback (TWILIO_API_BASE_URL). */
  apiBaseUrl?: string;
  /** Where Twilio reports delivery (POST /api/twilio/status). */
  statusCallbackUrl?: string;
};

/** Errors keep Twilio's own error code (e.g. 21211 invalid "To") so the row says why. */
export class TwilioSendError extends Error {
  constructor(
    message: string,
    readonly errorCode: string,
  ) {
    super(message);
    this.name = "TwilioSendError";
  }
}

const SEND_TIMEOUT_MS = 15_000;

export const createTwilioSender = ({
  accountSid,
  authToken,
  from,
  apiBaseUrl,
  statusCallbackUrl,
}: TwilioSenderConfig): SmsSender => {
  const client = twilio(accountSid, authToken, {
    timeout: SEND_TIMEOUT_MS,
    ...(apiBaseUrl ? { httpClient: new RedirectingRequestClient(apiBaseUrl, { timeout: SEND_TIMEOUT_MS }) } : {}),
  });
  return {
    provider: "twilio",
    send: async ({ to, body }) => {
      try {
        const message = await client.messages.create({
          to,
          from,
          body,
          ...(statusCallbackUrl ? { statusCallback: statusCallbackUrl } : {}),
        });
        return { providerMessageId: message.sid, status: fromTwilioStatus(message.status) ?? "QUEUED" };
      } catch (error) {
        if (error instanceof twilio.RestException) {
          throw new TwilioSendError(error.message, String(error.code ?? error.status));
        }
        throw new TwilioSendError(error instanceof Error ? error.message : String(error), "NETWORK");
      }
    },
  };
};
