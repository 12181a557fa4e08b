import "server-only";
import type { Channel } from "@/server/generated/prisma/enums";
import { env } from "@/server/env";
import { normalizeLocale } from "@/server/i18n/locales";
import { linkEmail } from "@/server/contracts/workflows/link-email";
import { composeLinkMessage } from "@/server/contracts/workflows/link-message";
import { textSenderName } from "@/server/services/businesses/text-sender-name";
import { queueCustomerMessage } from "@/server/services/messages/queue-customer-message";
import type { UnitOfWork } from "@/server/work/unit-of-work";
import { workflowLink } from "./workflow-link";

/** What a link message is written from (select TEXT_SENDER_SELECT for `business`). */
type LinkedWorkflow = {
  id: string;
  businessId: string;
  title: string;
  customerMemo: string | null;
  locale: string | null;
  expireAt: Date;
  linkNonce: string;
  channel: Channel;
  phoneNumber: string | null;
  email: string | null;
  business: { name: string; smsSenderName: string | null };
};

/**
 * The workflow's link as a customer message through the unit of work, a text or an email in the
 * same words: the first (INITIAL), sent again (MANUAL) or a reminder. Keyed by `dedupeKey` (the job).
 * Texts of an SMS request's first link are written by send-workflow-link.ts's own statement instead.
 */
export const queueLinkMessage = (
  uow: UnitOfWork,
  {
    workflow,
    kind,
    introductoryMessage = null,
    dedupeKey,
    notifiedBy,
  }: {
    workflow: LinkedWorkflow;
    kind: "INITIAL" | "MANUAL" | "REMINDER";
    introductoryMessage?: string | null;
    dedupeKey: string;
    notifiedBy?: string | undefined;
  },
) => {
  const senderName = textSenderName(workflow.business);
  const locale = normalizeLocale(workflow.locale);
  const words = {
    kind,
    senderName,
    locale,
    title: workflow.title,
    memo: workflow.customerMemo,
    introductoryMessage,
    expireAt: workflow.expireAt,
  };
  return queueCustomerMessage(uow, {
    businessId: workflow.businessId,
    reach: workflow,
    senderName,
    locale,
    message: {
      text: composeLinkMessage({ ...words, appUrl: env().APP_URL }),
      email: () => linkEmail(words),
      emailLink: workflowLink(workflow.linkNonce),
    },
    origin: kind,
    workflowId: workflow.id,
    dedupeKey,
    ...(notifiedBy ? { notifiedBy } : {}),
  });
};
