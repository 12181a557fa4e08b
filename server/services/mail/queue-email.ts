import "server-only";
import type { EmailPurpose } from "@/server/generated/prisma/enums";
import { encrypt } from "@/server/auth/encryption";
import type { UnitOfWork } from "@/server/work/unit-of-work";
import { mailHtml, mailText, type MailContent } from "@/server/mail/mail-body";
import { mailSender } from "@/server/mail/mail-sender";

export type QueueEmailInput = {
  businessId?: string | null;
  purpose: EmailPurpose;
  to: string;
  content: MailContent;
  /** What the content's {{link}} stands for; stored sealed, filled in when sent. */
  link?: string;
  headers?: Record<string, string>;
};

/**
 * Writes the Email row (QUEUED) and its EMAIL_SEND job inside the caller's unit of work: the email
 * exists exactly when the change that caused it does. deliverEmail sends it after commit.
 */
export const queueEmail = async (
  { tx, enqueue }: UnitOfWork,
  { businessId = null, purpose, to, content, link, headers }: QueueEmailInput,
) => {
  const email = await tx.email.create({
    data: {
      businessId,
      purpose,
      toAddress: to,
      subject: content.subject,
      text: mailText(content),
      html: mailHtml(content),
      link: link ? encrypt(link) : null,
      headers,
      provider: mailSender().provider,
    },
    select: { id: true },
  });
  await enqueue({ businessId, kind: "EMAIL_SEND", subjectId: email.id });
  return email;
};
