import "server-only";
import type { Channel, DeliveryStatus, NotificationOrigin } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/errors";
import type { Locale } from "@/server/i18n/locales";
import { mailText, type MailContent } from "@/server/mail/mail-body";
import { mailSender } from "@/server/mail/mail-sender";
import { queueEmail } from "@/server/services/mail/queue-email";
import { deliverSms } from "@/server/services/sms/deliver-sms";
import { queueSms } from "@/server/services/sms/queue-sms";
import { lockWorkflow } from "@/server/services/workflows/lock-workflow";
import type { UnitOfWork } from "@/server/work/unit-of-work";
import { customerFooter } from "@/server/contracts/workflows/link-email";
import { unsubscribeHeaders, unsubscribeUrl } from "./unsubscribe-link";

// The one place that decides how a message reaches a customer: a text, or an email (the request's
// `channel`). Both are a Notification in the workflow's history, numbered alike; an email's
// Notification points at its Email row, which the EMAIL_SEND job sends after commit (deliverEmail
// keeps the two statuses in step).

/** How the customer is reached: the workflow's channel and the matching address. */
type CustomerReach = { channel: Channel; phoneNumber: string | null; email: string | null };

type CustomerMessage = {
  /** The text, as queueSms stores it (the {{link}} placeholder, sealed codes). */
  text: string;
  /** The same words as an email (the footer is added here). */
  email: () => MailContent;
  /** What the email's {{link}} stands for: the workflow's link, or a one-time code. Stored sealed. */
  emailLink?: string;
};

export type QueueCustomerMessageInput = {
  businessId: string;
  reach: CustomerReach;
  /** For the email's footer and its unsubscribe page. */
  senderName: string;
  locale: Locale | null;
  message: CustomerMessage;
  origin: NotificationOrigin;
  workflowId?: string;
  notifiedBy?: string;
  dedupeKey?: string;
};

export type QueuedCustomerMessage = { id: string; status: DeliveryStatus; channel: Channel };

const queueCustomerEmail = async (
  uow: UnitOfWork,
  {
    businessId,
    reach,
    senderName,
    locale,
    message,
    origin,
    workflowId,
    notifiedBy = "system",
    dedupeKey,
  }: QueueCustomerMessageInput,
): Promise<QueuedCustomerMessage> => {
  const { tx } = uow;
  const address = reach.email;
  if (!address) throw new AppError("UNPROCESSABLE", "This request has no email address", { field: "email" });
  if (dedupeKey) {
    const existing = await tx.notification.findUnique({
      where: { dedupeKey },
      select: { id: true, status: true, channel: true },
    });
    if (existing) return existing;
  }
  let serial: number | null = null;
  if (workflowId) {
    // As queueSms does: one writer at a time per workflow, so its messages are numbered without gaps.
    await lockWorkflow(tx, workflowId);
    serial =
      ((await tx.notification.aggregate({ where: { workflowId }, _max: { serial: true } }))._max.serial ?? 0) + 1;
  }
  const optedOut = await tx.emailOptOut.findUnique({
    where: { businessId_address: { businessId, address } },
    select: { address: true },
  });
  const url = unsubscribeUrl({ businessId, address, locale });
  const base = message.email();
  const content = { ...base, footer: [...(base.footer ?? []), ...customerFooter({ senderName, locale, url })] };
  // An address that unsubscribed gets nothing: the message is kept, SUPPRESSED, with no email.
  const email = optedOut
    ? null
    : await queueEmail(uow, {
        businessId,
        purpose: "CUSTOMER_MESSAGE",
        to: address,
        content,
        link: message.emailLink,
        headers: unsubscribeHeaders(url),
      });
  return tx.notification.create({
    data: {
      businessId,
      workflowId,
      serial,
      channel: "EMAIL",
      origin,
      toAddress: address,
      body: mailText(content),
      notifiedBy,
      dedupeKey,
      status: optedOut ? "SUPPRESSED" : "QUEUED",
      provider: mailSender().provider,
      emailId: email?.id ?? null,
    },
    select: { id: true, status: true, channel: true },
  });
};

/**
 * Writes the customer's message in the caller's unit of work: a text (queueSms) or an email
 * (queueEmail, with its List-Unsubscribe headers), with its Notification either way. An opted-out
 * number (STOP) or unsubscribed address is recorded SUPPRESSED and not sent.
 */
export const queueCustomerMessage = async (
  uow: UnitOfWork,
  input: QueueCustomerMessageInput,
): Promise<QueuedCustomerMessage> => {
  if (input.reach.channel === "EMAIL") return queueCustomerEmail(uow, input);
  const to = input.reach.phoneNumber;
  if (!to) throw new AppError("UNPROCESSABLE", "This request has no phone number", { field: "phoneNumber" });
  const queued = await queueSms(uow.tx, {
    businessId: input.businessId,
    to,
    body: input.message.text,
    origin: input.origin,
    workflowId: input.workflowId,
    notifiedBy: input.notifiedBy,
    dedupeKey: input.dedupeKey,
  });
  return { ...queued, channel: "SMS" };
};

/**
 * After commit: a text is sent now (deliverSms; `render` fills in what is not stored); an email
 * needs nothing here, its EMAIL_SEND job was started by the commit. Returns the status so far.
 */
export const deliverCustomerMessage = async (
  queued: QueuedCustomerMessage,
  render?: (body: string) => string,
): Promise<{ status: DeliveryStatus }> =>
  queued.channel === "EMAIL" ? { status: queued.status } : deliverSms({ notificationId: queued.id, render });
