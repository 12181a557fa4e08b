import { listTransactions } from "@/server/services/transactions/list-transactions";
import { pageBody, toPageRequest } from "@/server/api/rest/pagination";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { listTransactionsQuery, TransactionPageDto } from "./transaction-schemas";

export const listTransactionsRoute = defineRoute({
  method: "GET",
  path: "/transactions",
  operationId: "listTransactions",
  summary: "List transactions, newest first",
  tags: ["Transactions"],
  query: listTransactionsQuery,
  responses: { 200: { description: "One page of transactions, without status history", schema: TransactionPageDto } },
});

export const handleListTransactions = withApiKey(
  async ({ principal, query: { limit, cursor, ...filters } }) => {
    const page = await listTransactions({
      businessId: principal.businessId,
      page: toPageRequest({ limit, cursor }),
      ...filters,
    });
    return { status: 200, body: pageBody(page, (transaction) => transaction) };
  },
  { route: listTransactionsRoute },
);
