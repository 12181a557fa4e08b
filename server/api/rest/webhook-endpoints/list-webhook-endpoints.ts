import { listWebhookEndpoints } from "@/server/services/webhooks/list-webhook-endpoints";
import { pageBody, paginationQuery, toPageRequest } from "@/server/api/rest/pagination";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { WebhookEndpointPageDto } from "./webhook-endpoint-schemas";

export const listWebhookEndpointsRoute = defineRoute({
  method: "GET",
  path: "/webhook-endpoints",
  operationId: "listWebhookEndpoints",
  summary: "List your webhook endpoints, newest first",
  tags: ["Webhooks"],
  query: paginationQuery,
  responses: { 200: { description: "One page of endpoints, without secrets", schema: WebhookEndpointPageDto } },
});

export const handleListWebhookEndpoints = withApiKey(
  async ({ principal, query }) => ({
    status: 200,
    body: pageBody(
      await listWebhookEndpoints({ businessId: principal.businessId, page: toPageRequest(query) }),
      (endpoint) => endpoint,
    ),
  }),
  { route: listWebhookEndpointsRoute },
);
