import { createWebhookEndpoint } from "@/server/services/webhooks/create-webhook-endpoint";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { CreatedWebhookEndpointDto, createWebhookEndpointBody } from "./webhook-endpoint-schemas";

export const createWebhookEndpointRoute = defineRoute({
  method: "POST",
  path: "/webhook-endpoints",
  operationId: "createWebhookEndpoint",
  summary: "Add an endpoint that receives your events",
  description:
    "LinX POSTs every event of the types you chose to `url`, signed the Standard Webhooks way with the `secret` of this response, which is shown only here. " +
    "A URL that is not https, or that points to a private, loopback or link-local address, is a 422.",
  tags: ["Webhooks"],
  body: createWebhookEndpointBody,
  responses: {
    201: { description: "The endpoint, ACTIVE, with its signing secret", schema: CreatedWebhookEndpointDto },
  },
});

export const handleCreateWebhookEndpoint = withApiKey(
  async ({ principal: { businessId, actor }, body }) => ({
    status: 201,
    body: await createWebhookEndpoint({ businessId, actor, ...body }),
  }),
  { route: createWebhookEndpointRoute },
);
