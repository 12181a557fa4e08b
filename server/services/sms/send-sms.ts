import "server-only";
import { db } from "@/server/db";
import { deliverSms, type DeliverSmsResult } from "./deliver-sms";
import { queueSms, type QueueSmsInput } from "./queue-sms";

export type SendSmsInput = QueueSmsInput;
export type SendSmsResult = DeliverSmsResult;

/**
 * Queues and delivers one SMS now, for texts that need no other write in the same transaction
 * (one-time codes, keyword replies). A provider failure leaves a FAILED row with the provider's
 * error code; an opted-out number gets a SUPPRESSED row and no text.
 */
export const sendSms = async (input: SendSmsInput): Promise<SendSmsResult> => {
  const queued = await db().$transaction((tx) => queueSms(tx, input));
  return deliverSms({ notificationId: queued.id });
};
