import { deleteWebhookEndpoint } from "@/server/services/webhooks/delete-webhook-endpoint";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { DeletedWebhookEndpointDto, endpointIdParams } from "./webhook-endpoint-schemas";

export const deleteWebhookEndpointRoute = defineRoute({
  method: "DELETE",
  path: "/webhook-endpoints/{id}",
  operationId: "deleteWebhookEndpoint",
  summary: "Delete a webhook endpoint",
  description:
    "Its secrets and delivery log go with it; deliveries not yet made are dropped. The events stay in GET /events.",
  tags: ["Webhooks"],
  params: endpointIdParams,
  responses: { 200: { description: "The endpoint is gone", schema: DeletedWebhookEndpointDto } },
});

export const handleDeleteWebhookEndpoint = withApiKey(
  async ({ principal: { businessId, actor }, params }) => ({
    status: 200,
    body: await deleteWebhookEndpoint({ businessId, endpointId: params.id, actor }),
  }),
  { route: deleteWebhookEndpointRoute },
);
