import { getTransaction } from "@/server/services/transactions/get-transaction";
import { objectIdParams } from "@/server/api/rest/linx/object-id";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { TransactionDetailDto } from "./transaction-schemas";

export const getTransactionRoute = defineRoute({
  method: "GET",
  path: "/transactions/{id}",
  operationId: "getTransaction",
  summary: "Get a transaction with its status history",
  tags: ["Transactions"],
  params: objectIdParams,
  responses: { 200: { description: "The transaction; its account masked", schema: TransactionDetailDto } },
});

export const handleGetTransaction = withApiKey(
  async ({ principal, params }) => ({
    status: 200,
    body: await getTransaction({ businessId: principal.businessId, transactionId: params.id }),
  }),
  { route: getTransactionRoute },
);
