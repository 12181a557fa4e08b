import "server-only";
import { db } from "@/server/db";
import { toTransactionView, TRANSACTION_DETAIL_SELECT, transactionNotFound } from "./transaction-view";

/** The transaction with every status it went through, oldest first, and its account masked. */
export const getTransaction = async ({ businessId, transactionId }: { businessId: string; transactionId: string }) => {
  const transaction = await db().transaction.findFirst({
    where: { id: transactionId, businessId },
    select: TRANSACTION_DETAIL_SELECT,
  });
  if (!transaction) throw transactionNotFound();
  return toTransactionView(transaction);
};
