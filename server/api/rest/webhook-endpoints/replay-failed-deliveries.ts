import { replayFailedDeliveries } from "@/server/services/webhooks/replay-deliveries";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { endpointIdParams, replayFailedBody, ReplayFailedDto } from "./webhook-endpoint-schemas";

export const replayFailedDeliveriesRoute = defineRoute({
  method: "POST",
  path: "/webhook-endpoints/{id}/replay",
  operationId: "replayFailedWebhookDeliveries",
  summary: "Send again every failed event of an endpoint since a time",
  description:
    "Each delivery starts over, oldest first, with a fresh retry schedule and the same `webhook-id` as before. The endpoint must be ACTIVE (else 409).",
  tags: ["Webhooks"],
  params: endpointIdParams,
  body: replayFailedBody,
  responses: { 202: { description: "The deliveries are on their way", schema: ReplayFailedDto } },
});

export const handleReplayFailedDeliveries = withApiKey(
  async ({ principal: { businessId, actor }, params, body }) => ({
    status: 202,
    body: await replayFailedDeliveries({ businessId, endpointId: params.id, since: body.since, actor }),
  }),
  { route: replayFailedDeliveriesRoute },
);
