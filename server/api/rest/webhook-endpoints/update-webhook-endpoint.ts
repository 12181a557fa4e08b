import { updateWebhookEndpoint } from "@/server/services/webhooks/update-webhook-endpoint";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { endpointIdParams, updateWebhookEndpointBody, WebhookEndpointDto } from "./webhook-endpoint-schemas";

export const updateWebhookEndpointRoute = defineRoute({
  method: "PATCH",
  path: "/webhook-endpoints/{id}",
  operationId: "updateWebhookEndpoint",
  summary: "Change, suspend or resume a webhook endpoint",
  description:
    "Give only the fields to change. `status` SUSPENDED pauses deliveries; ACTIVE resumes a suspended or disabled endpoint and sends the deliveries that were waiting.",
  tags: ["Webhooks"],
  params: endpointIdParams,
  body: updateWebhookEndpointBody,
  responses: { 200: { description: "The endpoint as changed", schema: WebhookEndpointDto } },
});

export const handleUpdateWebhookEndpoint = withApiKey(
  async ({ principal: { businessId, actor }, params, body: { eventTypes, ...changes } }) => {
    const endpoint = await updateWebhookEndpoint({
      businessId,
      endpointId: params.id,
      actor,
      changes: { ...changes, eventTypes: eventTypes === null ? [] : eventTypes },
    });
    return { status: 200, body: endpoint };
  },
  { route: updateWebhookEndpointRoute },
);
