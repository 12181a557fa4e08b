import "server-only";
import { db } from "@/server/db";
import type { Locale } from "@/server/i18n/locales";
import { recordAudit } from "@/server/services/audit/record-audit";
import { TEXT_SENDER_SELECT, textSenderName } from "@/server/services/businesses/text-sender-name";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { openUnsubscribeToken } from "./unsubscribe-link";

export type Unsubscribe = { senderName: string; address: string; locale: Locale | null; unsubscribed: boolean };

const findSubscription = async (token: string) => {
  const subscription = openUnsubscribeToken(token);
  if (!subscription) return null;
  const business = await db().business.findUnique({
    where: { id: subscription.businessId },
    select: {
      ...TEXT_SENDER_SELECT,
      emailOptOuts: { where: { address: subscription.address }, select: { address: true } },
    },
  });
  return business ? { ...subscription, business } : null;
};

/** What the unsubscribe page shows before the customer confirms; null for a link that is not ours. */
export const describeUnsubscribe = async ({ token }: { token: string }): Promise<Unsubscribe | null> => {
  const found = await findSubscription(token);
  return found
    ? {
        senderName: textSenderName(found.business),
        address: found.address,
        locale: found.locale,
        unsubscribed: found.business.emailOptOuts.length > 0,
      }
    : null;
};

/**
 * The customer's one-click unsubscribe (RFC 8058), honoured like STOP: the business sends nothing
 * more to the address (queueCustomerMessage records its messages SUPPRESSED) until staff resume it
 * from the customer's page. Doing it twice changes nothing.
 */
export const unsubscribeEmail = async ({
  token,
  ipAddress,
}: {
  token: string;
  ipAddress?: string;
}): Promise<Unsubscribe | null> => {
  const found = await findSubscription(token);
  if (!found) return null;
  const { businessId, address } = found;
  if (found.business.emailOptOuts.length === 0)
    await inUnitOfWork(async ({ tx }) => {
      const created = await tx.emailOptOut.createMany({ data: [{ businessId, address }], skipDuplicates: true });
      if (created.count === 0) return;
      await recordAudit(tx, {
        businessId,
        actor: { type: "CUSTOMER", ipAddress },
        action: "customer.email-unsubscribed",
        targetType: "EmailAddress",
        targetId: address,
      });
    });
  return { senderName: textSenderName(found.business), address, locale: found.locale, unsubscribed: true };
};
