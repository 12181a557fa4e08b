import { getEvent } from "../../../services/webhooks/get-event";
import { defineRoute } from "../route-definition";
import { withApiKey } from "../with-api-key";
import { eventIdParams, WebhookEventDto } from "./event-schemas";

export const getEventRoute = defineRoute({
  method: "GET",
  path: "/events/{id}",
  operationId: "getEvent",
  summary: "Get one event",
  tags: ["Events"],
  params: eventIdParams,
  responses: { 200: { description: "The event as it is delivered", schema: WebhookEventDto } },
});

export const handleGetEvent = withApiKey(
  async ({ principal, params }) => ({ status: 200, body: (await getEvent({ businessId: principal.businessId, eventId: params.id })) as never }),
  { route: getEventRoute },
);
