import { getWebhookEndpoint } from "@/server/services/webhooks/get-webhook-endpoint";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { endpointIdParams, WebhookEndpointDto } from "./webhook-endpoint-schemas";

export const getWebhookEndpointRoute = defineRoute({
  method: "GET",
  path: "/webhook-endpoints/{id}",
  operationId: "getWebhookEndpoint",
  summary: "Get a webhook endpoint",
  tags: ["Webhooks"],
  params: endpointIdParams,
  responses: { 200: { description: "The endpoint, without its secret", schema: WebhookEndpointDto } },
});

export const handleGetWebhookEndpoint = withApiKey(
  async ({ principal, params }) => ({
    status: 200,
    body: await getWebhookEndpoint({ businessId: principal.businessId, endpointId: params.id }),
  }),
  { route: getWebhookEndpointRoute },
);
