import "server-only";
import type { TransactionStatus, TransactionType } from "@/server/generated/prisma/enums";
import { formatMoney } from "@/server/i18n/format";
import { DEFAULT_LOCALE, normalizeLocale, type Locale } from "@/server/i18n/locales";
import { translator } from "@/server/i18n/translator";
import { TEXT_SENDER_SELECT, textSenderName } from "@/server/services/businesses/text-sender-name";
import { sentenceEmail } from "@/server/services/messages/customer-email";
import { deliverCustomerMessage, queueCustomerMessage } from "@/server/services/messages/queue-customer-message";
import { inUnitOfWork } from "@/server/work/unit-of-work";

const TEXTED_STATUSES = ["PROCESSING", "SETTLED", "CLEARED", "DECLINED", "ERROR", "REVERSED"] as const;
type TextedStatus = (typeof TEXTED_STATUSES)[number];
const isTexted = (status: TransactionStatus): status is TextedStatus =>
  (TEXTED_STATUSES as readonly string[]).includes(status);

/** The text for a transaction status the customer hears about, in their language; null for the others. `amount` is already formatted. */
export const transactionStatusText = ({
  sender,
  status,
  type,
  amount,
  lastFour,
  locale = null,
}: {
  sender: string;
  status: TransactionStatus;
  type: TransactionType;
  amount: string;
  lastFour: string;
  locale?: Locale | null;
}) => {
  if (!isTexted(status)) return null;
  const t = translator(locale ?? DEFAULT_LOCALE);
  const what = t(type === "SEND" ? "sms.transaction.receive" : "sms.transaction.pay", { amount, sender });
  return t(`sms.transaction.${status}`, { sender, what, amount, lastFour });
};

/** Job TRANSACTION_NOTIFY: texts (or emails) the customer the status the job was queued for, once. */
export const notifyTransactionStatus = async (job: { id: string; subjectId: string; payload: unknown }) => {
  const status = (job.payload as { status?: TransactionStatus } | null)?.status;
  const queued = await inUnitOfWork(async (uow) => {
    const { tx } = uow;
    await tx.$executeRaw`SELECT 1 FROM "Transaction" WHERE "id" = ${job.subjectId} FOR UPDATE`;
    const already = await tx.notification.findUnique({
      where: { dedupeKey: job.id },
      select: { id: true, status: true, channel: true },
    });
    if (already) return already;
    const transaction = await tx.transaction.findUnique({
      where: { id: job.subjectId },
      select: {
        businessId: true,
        transactionType: true,
        amount: true,
        currency: true,
        workflowId: true,
        workflow: { select: { phoneNumber: true, channel: true, email: true, locale: true } },
        business: { select: TEXT_SENDER_SELECT },
        customer: { select: { phoneNumber: true, email: true } },
        financialAccount: { select: { lastFour: true } },
      },
    });
    if (!transaction || !status) return null;
    const locale = normalizeLocale(transaction.workflow?.locale);
    const senderName = textSenderName(transaction.business);
    const body = transactionStatusText({
      sender: senderName,
      status,
      type: transaction.transactionType,
      locale,
      amount: formatMoney(transaction.amount.toFixed(2), transaction.currency, locale ?? DEFAULT_LOCALE),
      lastFour: transaction.financialAccount.lastFour,
    });
    if (!body) return null;
    // The request's channel; a payment made without one (none today) would go to the customer's phone.
    const reach = transaction.workflow ?? { channel: "SMS" as const, ...transaction.customer };
    return queueCustomerMessage(uow, {
      businessId: transaction.businessId,
      reach,
      senderName,
      locale,
      message: { text: body, email: () => sentenceEmail({ locale, text: body }) },
      origin: "TRANSACTION",
      workflowId: transaction.workflowId ?? undefined,
      dedupeKey: job.id,
    });
  });
  if (!queued) return { sent: false as const };
  const result = await deliverCustomerMessage(queued);
  return { sent: result.status !== "SUPPRESSED" && result.status !== "FAILED", notificationId: queued.id };
};
