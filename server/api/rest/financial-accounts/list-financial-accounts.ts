import { listFinancialAccounts } from "@/server/services/financial-accounts/list-financial-accounts";
import { pageBody, toPageRequest } from "@/server/api/rest/pagination";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { FinancialAccountPageDto, listFinancialAccountsQuery } from "./financial-account-schemas";

export const listFinancialAccountsRoute = defineRoute({
  method: "GET",
  path: "/financial-accounts",
  operationId: "listFinancialAccounts",
  summary: "List financial accounts, masked, newest first",
  tags: ["Financial accounts"],
  query: listFinancialAccountsQuery,
  responses: { 200: { description: "One page of accounts", schema: FinancialAccountPageDto } },
});

export const handleListFinancialAccounts = withApiKey(
  async ({ principal, query: { limit, cursor, ...filters } }) => {
    const page = await listFinancialAccounts({
      businessId: principal.businessId,
      page: toPageRequest({ limit, cursor }),
      ...filters,
    });
    return { status: 200, body: pageBody(page, (account) => account) };
  },
  { route: listFinancialAccountsRoute },
);
