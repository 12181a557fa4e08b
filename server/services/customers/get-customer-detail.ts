import "server-only";
import { db } from "@/server/db";
import { MASKED_FINANCIAL_ACCOUNT_SELECT } from "@/server/services/financial-accounts/financial-account-view";
import { CUSTOMER_DETAIL_SELECT, customerNotFound } from "./customer-view";

/** How many accounts and acceptances the detail shows, newest first; a customer rarely has more. */
const CUSTOMER_DETAIL_LIMIT = 50;

const ACCEPTANCE_SELECT = {
  id: true,
  acceptedAt: true,
  contentHash: true,
  ipAddress: true,
  documentVersion: { select: { version: true, title: true, document: { select: { key: true } } } },
  workflow: { select: { id: true, title: true } },
} as const;

const newest = <T>(rows: T[]) => ({
  items: rows.slice(0, CUSTOMER_DETAIL_LIMIT),
  hasMore: rows.length > CUSTOMER_DETAIL_LIMIT,
});

/**
 * What the Portal shows about one customer besides their workflows and transactions (which are
 * paged on their own): the profile with addresses and phones, the financial accounts masked to
 * their last four digits, and the documents accepted. Another business's customer is not found.
 */
export const getCustomerDetail = async ({ businessId, customerId }: { businessId: string; customerId: string }) => {
  const customer = await db().customer.findFirst({
    where: { id: customerId, businessId },
    select: CUSTOMER_DETAIL_SELECT,
  });
  if (!customer) throw customerNotFound();
  const [accounts, acceptances, emailOptOut] = await Promise.all([
    db().financialAccount.findMany({
      where: { customerId, businessId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: CUSTOMER_DETAIL_LIMIT + 1,
      select: MASKED_FINANCIAL_ACCOUNT_SELECT,
    }),
    db().documentAcceptance.findMany({
      where: { customerId, businessId },
      orderBy: [{ acceptedAt: "desc" }, { id: "desc" }],
      take: CUSTOMER_DETAIL_LIMIT + 1,
      select: ACCEPTANCE_SELECT,
    }),
    customer.email
      ? db().emailOptOut.findUnique({
          where: { businessId_address: { businessId, address: customer.email } },
          select: { createdAt: true },
        })
      : null,
  ]);
  return {
    customer,
    /** When the customer's address unsubscribed from the business's emails (staff may resume them); null otherwise. */
    emailUnsubscribedAt: emailOptOut?.createdAt ?? null,
    financialAccounts: newest(accounts),
    acceptances: newest(
      acceptances.map(({ documentVersion, ...acceptance }) => ({
        ...acceptance,
        document: { key: documentVersion.document.key, title: documentVersion.title, version: documentVersion.version },
      })),
    ),
  };
};
