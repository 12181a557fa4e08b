import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { DeliveryStatus } from "@/server/generated/prisma/enums";
import { decrypt } from "@/server/auth/encryption";
import { db } from "@/server/db";
import { JOB_MAX_ATTEMPTS } from "@/server/jobs/job-policy";
import { withMailLink } from "@/server/mail/mail-body";
import { MailSendError } from "@/server/mail/mail-message";
import { mailSender } from "@/server/mail/mail-sender";
import { logger } from "@/server/observability/logger";
import { metrics } from "@/server/observability/metrics";

export type DeliverEmailResult = { id: string; status: DeliveryStatus; errorCode: string | null };

const asHeaders = (value: Prisma.JsonValue | null) =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, string>) : undefined;

/**
 * Sends a QUEUED Email and records the outcome; any other status is returned untouched, so a job
 * run twice sends once. A server that refuses for good (5xx) makes it FAILED; a busy one (4xx) or
 * the network throws, so the job tries again with back-off, and the last attempt makes it FAILED.
 * The one gap, as with texts: a process that dies after the server took the email and before this
 * records it sends it again.
 */
export const deliverEmail = async ({
  emailId,
  attempt = 1,
}: {
  emailId: string;
  attempt?: number;
}): Promise<DeliverEmailResult> => {
  const email = await db().email.findUnique({
    where: { id: emailId },
    select: {
      id: true,
      status: true,
      errorCode: true,
      toAddress: true,
      subject: true,
      text: true,
      html: true,
      link: true,
      headers: true,
    },
  });
  if (!email) throw new Error(`Email ${emailId} not found`);
  if (email.status !== "QUEUED") return { id: email.id, status: email.status, errorCode: email.errorCode };
  const record = async (data: {
    status: DeliveryStatus;
    errorCode?: string | null;
    providerMessageId?: string;
    sentAt?: Date;
    provider?: string;
  }) => {
    const { providerMessageId: _, ...delivery } = data;
    // A customer's email is also a Notification in the workflow's history: it shows the same outcome.
    const [updated] = await db().$transaction([
      db().email.update({ where: { id: email.id }, data, select: { id: true, status: true, errorCode: true } }),
      db().notification.updateMany({ where: { emailId: email.id }, data: delivery }),
    ]);
    return updated;
  };
  const sender = mailSender();
  const fill = withMailLink(email.link ? decrypt(email.link) : null);
  try {
    const sent = await sender.send({
      to: email.toAddress,
      subject: email.subject,
      text: fill.text(email.text),
      html: fill.html(email.html),
      headers: asHeaders(email.headers),
    });
    metrics().messageSends.inc({ channel: "email", provider: sender.provider, outcome: "sent" });
    return await record({
      status: "SENT",
      errorCode: null,
      providerMessageId: sent.providerMessageId,
      sentAt: new Date(),
      provider: sender.provider,
    });
  } catch (error) {
    const refusal =
      error instanceof MailSendError
        ? error
        : new MailSendError(error instanceof Error ? error.message : String(error), "SEND_FAILED", false);
    metrics().messageSends.inc({ channel: "email", provider: sender.provider, outcome: "refused" });
    // The server's answer may quote the address back: logged by its code alone.
    logger("mail").warn(
      { provider: sender.provider, emailId: email.id, errorCode: refusal.errorCode, attempt },
      "could not send an email",
    );
    if (refusal.permanent || attempt >= JOB_MAX_ATTEMPTS)
      return record({ status: "FAILED", errorCode: refusal.errorCode, provider: sender.provider });
    await record({ status: "QUEUED", errorCode: refusal.errorCode });
    throw refusal;
  }
};
