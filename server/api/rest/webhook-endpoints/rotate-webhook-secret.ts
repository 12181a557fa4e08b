import { rotateWebhookSecret } from "@/server/services/webhooks/rotate-webhook-secret";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { endpointIdParams, RotatedSecretDto } from "./webhook-endpoint-schemas";

export const rotateWebhookSecretRoute = defineRoute({
  method: "POST",
  path: "/webhook-endpoints/{id}/rotate-secret",
  operationId: "rotateWebhookSecret",
  summary: "Give an endpoint a new signing secret",
  description:
    "For 24 hours every delivery carries two signatures, one with the old secret and one with the new, so your receiver can switch without missing an event.",
  tags: ["Webhooks"],
  params: endpointIdParams,
  responses: { 200: { description: "The new secret, shown only here", schema: RotatedSecretDto } },
});

export const handleRotateWebhookSecret = withApiKey(
  async ({ principal: { businessId, actor }, params }) => ({
    status: 200,
    body: await rotateWebhookSecret({ businessId, endpointId: params.id, actor }),
  }),
  { route: rotateWebhookSecretRoute },
);
