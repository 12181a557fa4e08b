import type { Prisma } from "../../generated/prisma/client";
import type { DeliveryStatus } from "../../generated/prisma/enums";
import { db } from "../../db";
import { maskPhoneNumbers } from "../../logging/describe-error";
import { smsSender } from "../../sms/sms-sender";

export type DeliverSmsResult = { id: string; status: DeliveryStatus; providerMessageId: string | null; errorCode: string | null };

const TWILIO_UNSUBSCRIBED = "21610";

/**
 * Sends a QUEUED Notification and records the outcome; any other status is returned untouched,
 * so delivering twice sends once. The one gap: a process that dies after the provider accepted
 * the text and before this records it leaves the row QUEUED, and a retry sends it again.
 * `render` fills in what is not stored (the link), right before sending.
 */
export const deliverSms = async ({ notificationId, render = (body) => body }: { notificationId: string; render?: (body: string) => string }): Promise<DeliverSmsResult> => {
  const row = await db().notification.findUniqueOrThrow({
    where: { id: notificationId },
    select: { id: true, status: true, toNumber: true, body: true, providerMessageId: true, errorCode: true },
  });
  if (row.status !== "QUEUED" || row.providerMessageId) return { id: row.id, status: row.status, providerMessageId: row.providerMessageId, errorCode: row.errorCode };

  const sender = smsSender();
  let outcome: Prisma.NotificationUpdateInput;
  try {
    const sent = await sender.send({ to: row.toNumber, body: render(row.body) });
    outcome = { status: sent.status, providerMessageId: sent.providerMessageId, sentAt: new Date(), provider: sender.provider };
  } catch (error) {
    const errorCode = typeof (error as { errorCode?: unknown }).errorCode === "string" ? (error as { errorCode: string }).errorCode : "SEND_FAILED";
    // The provider's message may quote the number (and the text): log the code and a masked first line.
    const reason = error instanceof Error ? maskPhoneNumbers(error.message.split("\n")[0] ?? "").slice(0, 200) : typeof error;
    console.warn(`[sms] ${sender.provider} refused notification ${row.id} (${errorCode}): ${reason}`);
    outcome = { status: "FAILED", errorCode };
    // Twilio's own opt-out list has this number (it replied STOP to Twilio): keep ours in step.
    if (errorCode === TWILIO_UNSUBSCRIBED) {
      await db().smsOptOut.upsert({ where: { phoneNumber: row.toNumber }, create: { phoneNumber: row.toNumber }, update: {} });
    }
  }
  return db().notification.update({ where: { id: row.id }, data: outcome, select: { id: true, status: true, providerMessageId: true, errorCode: true } });
};
