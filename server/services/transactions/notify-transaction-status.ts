import type { TransactionStatus, TransactionType } from "../../generated/prisma/enums";
import { TEXT_SENDER_SELECT, textSenderName } from "../businesses/text-sender-name";
import { deliverSms } from "../sms/deliver-sms";
import { queueSms } from "../sms/queue-sms";
import { inUnitOfWork } from "../../work/unit-of-work";

const money = (amount: string, currency: string) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency }).format(Number(amount));

export const transactionStatusText = ({ sender, status, type, amount, lastFour }: { sender: string; status: TransactionStatus; type: TransactionType; amount: string; lastFour: string }) => {
  const what = type === "SEND" ? `Your payment of ${amount} from ${sender}` : `Your payment of ${amount} to ${sender}`;
  switch (status) {
    case "PROCESSING":
      return `${sender}: ${what} is being processed (account •••• ${lastFour}).`;
    case "SETTLED":
      return `${sender}: ${amount} has been sent to your account •••• ${lastFour}.`;
    case "CLEARED":
      return `${sender}: ${what} is complete. Thank you.`;
    case "DECLINED":
      return `${sender}: ${what} was declined by your bank. Contact ${sender} for help.`;
    case "ERROR":
      return `${sender}: ${what} could not be completed. ${sender} will contact you.`;
    case "REVERSED":
      return `${sender}: ${what} was returned by your bank. Contact ${sender} for help.`;
    default:
      return null;
  }
};

/** Job TRANSACTION_NOTIFY: texts the customer the status the job was queued for, once. */
export const notifyTransactionStatus = async (job: { id: string; subjectId: string; payload: unknown }) => {
  const status = (job.payload as { status?: TransactionStatus } | null)?.status;
  const queued = await inUnitOfWork(async ({ tx }) => {
    await tx.$executeRaw`SELECT 1 FROM "Transaction" WHERE "id" = ${job.subjectId} FOR UPDATE`;
    const already = await tx.notification.findUnique({ where: { dedupeKey: job.id }, select: { id: true } });
    if (already) return already;
    const transaction = await tx.transaction.findUnique({
      where: { id: job.subjectId },
      select: {
        businessId: true, transactionType: true, amount: true, currency: true, workflowId: true,
        business: { select: TEXT_SENDER_SELECT },
        customer: { select: { phoneNumber: true } },
        financialAccount: { select: { lastFour: true } },
        workflow: { select: { phoneNumber: true } },
      },
    });
    if (!transaction || !status) return null;
    const body = transactionStatusText({
      sender: textSenderName(transaction.business), status, type: transaction.transactionType,
      amount: money(transaction.amount.toFixed(2), transaction.currency), lastFour: transaction.financialAccount.lastFour,
    });
    if (!body) return null;
    return queueSms(tx, {
      businessId: transaction.businessId, to: transaction.workflow?.phoneNumber ?? transaction.customer.phoneNumber, body,
      origin: "TRANSACTION", workflowId: transaction.workflowId ?? undefined, dedupeKey: job.id,
    });
  });
  if (!queued) return { sent: false as const };
  const result = await deliverSms({ notificationId: queued.id });
  return { sent: result.status !== "SUPPRESSED" && result.status !== "FAILED", notificationId: queued.id };
};
