import { z } from "zod";
import { sendTestEvent } from "@/server/services/webhooks/send-test-event";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { endpointIdParams } from "./webhook-endpoint-schemas";

export const sendTestEventRoute = defineRoute({
  method: "POST",
  path: "/webhook-endpoints/{id}/test",
  operationId: "sendWebhookTestEvent",
  summary: "Send a test event to an endpoint",
  description:
    "A `webhook-endpoint.test` event goes to this endpoint only, signed and retried like any other; its attempts show in the endpoint's deliveries. The endpoint must be ACTIVE (else 409).",
  tags: ["Webhooks"],
  params: endpointIdParams,
  responses: {
    202: {
      description: "The test event is on its way",
      schema: z.object({ eventId: z.string() }).meta({ id: "WebhookTestEvent" }),
    },
  },
});

export const handleSendTestEvent = withApiKey(
  async ({ principal: { businessId, actor }, params }) => ({
    status: 202,
    body: await sendTestEvent({ businessId, endpointId: params.id, actor }),
  }),
  { route: sendTestEventRoute },
);
