import "server-only";
import { db } from "@/server/db";
import {
  KEYSET_ORDER,
  keysetTake,
  keysetWhere,
  toPage,
  type PageRequest,
} from "@/server/services/pagination/keyset-page";
import { toTransactionView, TRANSACTION_DETAIL_SELECT } from "@/server/services/transactions/transaction-view";

/** One page of a customer's transactions, newest first, each with its status history and its account masked. */
export const listCustomerTransactions = async ({
  businessId,
  customerId,
  page,
}: {
  businessId: string;
  customerId: string;
  page: PageRequest;
}) => {
  const rows = await db().transaction.findMany({
    where: { AND: [{ businessId, customerId }, keysetWhere(page)] },
    orderBy: [...KEYSET_ORDER],
    take: keysetTake(page),
    select: TRANSACTION_DETAIL_SELECT,
  });
  const { items, hasMore } = toPage(rows, page);
  return { items: items.map(toTransactionView), hasMore };
};
