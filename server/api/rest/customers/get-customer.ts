import { getCustomer } from "@/server/services/customers/get-customer";
import { objectIdParams } from "@/server/api/rest/linx/object-id";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { CustomerDto } from "./customer-schemas";

export const getCustomerRoute = defineRoute({
  method: "GET",
  path: "/customers/{id}",
  operationId: "getCustomer",
  summary: "Get a customer with their addresses and phone numbers",
  tags: ["Customers"],
  params: objectIdParams,
  responses: { 200: { description: "The customer", schema: CustomerDto } },
});

export const handleGetCustomer = withApiKey(
  async ({ principal, params }) => ({
    status: 200,
    body: await getCustomer({ businessId: principal.businessId, customerId: params.id }),
  }),
  { route: getCustomerRoute },
);
