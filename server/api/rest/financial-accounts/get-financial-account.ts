import { getFinancialAccount } from "@/server/services/financial-accounts/get-financial-account";
import { objectIdParams } from "@/server/api/rest/linx/object-id";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { FinancialAccountDto } from "./financial-account-schemas";

export const getFinancialAccountRoute = defineRoute({
  method: "GET",
  path: "/financial-accounts/{id}",
  operationId: "getFinancialAccount",
  summary: "Get a financial account, masked",
  tags: ["Financial accounts"],
  params: objectIdParams,
  responses: { 200: { description: "The account, with its last four digits only", schema: FinancialAccountDto } },
});

export const handleGetFinancialAccount = withApiKey(
  async ({ principal, params }) => ({
    status: 200,
    body: await getFinancialAccount({ businessId: principal.businessId, financialAccountId: params.id }),
  }),
  { route: getFinancialAccountRoute },
);
