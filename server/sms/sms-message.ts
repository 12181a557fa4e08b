import type { DeliveryStatus } from "@/server/generated/prisma/enums";

// What every SMS provider takes and gives back (Twilio, the local inbox); sms-sender.ts picks one.

type SmsMessage = {
  /** E.164 */
  to: string;
  body: string;
};

type SmsSendResult = { providerMessageId: string; status: DeliveryStatus };

/** Sends one SMS. Throws when the provider refuses it; sendSms turns that into a FAILED row. */
export type SmsSender = {
  provider: "twilio" | "local";
  send: (message: SmsMessage) => Promise<SmsSendResult>;
};
