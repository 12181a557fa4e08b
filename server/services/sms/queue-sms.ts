import "server-only";
import type { NotificationOrigin } from "@/server/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { parsePhoneNumber } from "@/server/sms/phone-number";
import { smsSender } from "@/server/sms/sms-sender";
import { lockWorkflow } from "@/server/services/workflows/lock-workflow";
import { refuseTextCountry } from "./take-text-allowance";

export type QueueSmsInput = {
  businessId: string;
  /** Any common international form; stored and sent as E.164. */
  to: string;
  /** As stored; may hold the {{link}} placeholder that deliverSms fills in. */
  body: string;
  origin: NotificationOrigin;
  /** Set for workflow texts: the row joins the workflow's notification history with the next serial. */
  workflowId?: string;
  /** "system", or describeActor() of whoever asked for it. */
  notifiedBy?: string;
  /** Usually the job's id: queueing again with the same key returns the first row instead of a second text. */
  dedupeKey?: string;
};

const MAX_BODY_LENGTH = 1600; // Twilio's limit for one message, in characters

/**
 * Writes the Notification row (QUEUED; SUPPRESSED for an opted-out number; FAILED when the business
 * does not text that country) inside the caller's transaction: the text exists exactly when the change
 * that caused it does. deliverSms sends it.
 */
export const queueSms = async (
  tx: Tx,
  { businessId, to, body, origin, workflowId, notifiedBy = "system", dedupeKey }: QueueSmsInput,
) => {
  const toNumber = parsePhoneNumber(to, "to");
  if (body.trim().length === 0) throw new AppError("UNPROCESSABLE", "body must not be empty", { field: "body" });
  if (body.length > MAX_BODY_LENGTH)
    throw new AppError("UNPROCESSABLE", `body must be at most ${MAX_BODY_LENGTH} characters`, { field: "body" });
  if (dedupeKey) {
    const existing = await tx.notification.findUnique({ where: { dedupeKey }, select: { id: true, status: true } });
    if (existing) return existing;
  }
  const optedOut = await tx.smsOptOut.findUnique({ where: { phoneNumber: toNumber }, select: { phoneNumber: true } });
  // A text to a country the business does not allow is kept, FAILED with the reason, and never
  // sent (deliverSms sends only QUEUED rows, and counts each against the hourly cap as it sends).
  const refusal = optedOut ? null : await refuseTextCountry(tx, { businessId, toNumber });
  let serial: number | null = null;
  if (workflowId) {
    // One writer at a time per workflow, so its texts are numbered 1, 2, 3 without gaps or clashes.
    await lockWorkflow(tx, workflowId);
    serial =
      ((await tx.notification.aggregate({ where: { workflowId }, _max: { serial: true } }))._max.serial ?? 0) + 1;
  }
  return tx.notification.create({
    data: {
      businessId,
      workflowId,
      serial,
      origin,
      toNumber,
      body,
      notifiedBy,
      dedupeKey,
      status: optedOut ? "SUPPRESSED" : refusal ? "FAILED" : "QUEUED",
      errorCode: refusal,
      provider: smsSender().provider,
    },
    select: { id: true, status: true },
  });
};
