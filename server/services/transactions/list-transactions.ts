import "server-only";
import type { TransactionStatus } from "@/server/generated/prisma/enums";
import { db } from "@/server/db";
import {
  KEYSET_ORDER,
  keysetTake,
  keysetWhere,
  toPage,
  type PageRequest,
} from "@/server/services/pagination/keyset-page";
import { toTransactionView, TRANSACTION_SELECT } from "./transaction-view";

export type ListTransactionsInput = {
  businessId: string;
  page: PageRequest;
  status?: TransactionStatus;
  customerId?: string;
};

/** One page of the business's transactions, newest first. */
export const listTransactions = async ({ businessId, page, status, customerId }: ListTransactionsInput) => {
  const rows = await db().transaction.findMany({
    where: { AND: [{ businessId }, status ? { status } : {}, customerId ? { customerId } : {}, keysetWhere(page)] },
    orderBy: [...KEYSET_ORDER],
    take: keysetTake(page),
    select: TRANSACTION_SELECT,
  });
  const { items, hasMore } = toPage(rows, page);
  return { items: items.map(toTransactionView), hasMore };
};
