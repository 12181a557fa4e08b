import { listCustomers } from "@/server/services/customers/list-customers";
import { pageBody, toPageRequest } from "@/server/api/rest/pagination";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { CustomerPageDto, listCustomersQuery } from "./customer-schemas";

export const listCustomersRoute = defineRoute({
  method: "GET",
  path: "/customers",
  operationId: "listCustomers",
  summary: "List customers, newest first",
  tags: ["Customers"],
  query: listCustomersQuery,
  responses: { 200: { description: "One page of customers, without addresses and phones", schema: CustomerPageDto } },
});

export const handleListCustomers = withApiKey(
  async ({ principal, query: { limit, cursor, ...filters } }) => {
    const page = await listCustomers({
      businessId: principal.businessId,
      page: toPageRequest({ limit, cursor }),
      ...filters,
    });
    return { status: 200, body: pageBody(page, (customer) => customer) };
  },
  { route: listCustomersRoute },
);
