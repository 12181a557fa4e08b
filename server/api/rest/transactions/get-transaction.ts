import { getTransaction } from "../../../services/transactions/get-transaction";
import { objectIdParams } from "../linx/object-id";
import { defineRoute } from "../route-definition";
import { withApiKey } from "../with-api-key";
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
  async ({ principal, params }) => ({ status: 200, body: await getTransaction({ businessId: principal.businessId, transactionId: params.id }) }),
  { route: getTransactionRoute },
);
