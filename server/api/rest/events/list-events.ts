import { listEvents } from "@/server/services/webhooks/list-events";
import { pageBody, toPageRequest } from "@/server/api/rest/pagination";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { listEventsQuery, WebhookEventPageDto } from "./event-schemas";

export const listEventsRoute = defineRoute({
  method: "GET",
  path: "/events",
  operationId: "listEvents",
  summary: "List your events, newest first",
  description:
    "Every event LinX emitted for your business, exactly as it was (or would have been) delivered to your endpoints: `{id, type, createdAt, data}`.",
  tags: ["Events"],
  query: listEventsQuery,
  responses: { 200: { description: "One page of events", schema: WebhookEventPageDto } },
});

export const handleListEvents = withApiKey(
  async ({ principal, query: { limit, cursor, type } }) => {
    const page = await listEvents({ businessId: principal.businessId, type, page: toPageRequest({ limit, cursor }) });
    return { status: 200, body: pageBody(page, (event) => event.payload as never) };
  },
  { route: listEventsRoute },
);
