import { getEvent } from "@/server/services/webhooks/get-event";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
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
  async ({ principal, params }) => ({
    status: 200,
    body: (await getEvent({ businessId: principal.businessId, eventId: params.id })) as never,
  }),
  { route: getEventRoute },
);
