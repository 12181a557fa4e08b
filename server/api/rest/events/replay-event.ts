import { replayEvent } from "@/server/services/webhooks/replay-deliveries";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { eventIdParams, ReplayedEventDto, replayEventQuery } from "./event-schemas";

export const replayEventRoute = defineRoute({
  method: "POST",
  path: "/events/{id}/replay",
  operationId: "replayEvent",
  summary: "Send one event again",
  description:
    "The event goes out again with its own id (the same `webhook-id`), with a fresh retry schedule. A delivery still in progress is left as it is. " +
    "With `endpointId`, that endpoint must be ACTIVE (else 409).",
  tags: ["Events"],
  params: eventIdParams,
  query: replayEventQuery,
  responses: { 202: { description: "The deliveries are on their way", schema: ReplayedEventDto } },
});

export const handleReplayEvent = withApiKey(
  async ({ principal: { businessId, actor }, params, query }) => ({
    status: 202,
    body: await replayEvent({ businessId, eventId: params.id, endpointId: query.endpointId, actor }),
  }),
  { route: replayEventRoute },
);
