import { z } from "zod";
import { EVENT_DATA, type EventType, WebhookEventPayload } from "@/server/contracts/webhooks/event-payloads";
import { objectId } from "@/server/contracts/object-id";
import { pageOf, paginationQuery } from "@/server/api/rest/pagination";

export const WebhookEventDto = WebhookEventPayload;

export const WebhookEventPageDto = pageOf(WebhookEventDto).meta({ id: "WebhookEventPage" });

export const listEventsQuery = paginationQuery.extend({
  type: z
    .enum(Object.keys(EVENT_DATA) as [EventType, ...EventType[]])
    .optional()
    .meta({ description: "Only events of this type." }),
});

export const eventIdParams = z.object({ id: objectId });

export const replayEventQuery = z.object({
  endpointId: objectId.optional().meta({
    description:
      "Send it to this endpoint only (even one it never went to); by default to every ACTIVE endpoint it was sent to.",
  }),
});

export const ReplayedEventDto = z
  .object({ eventId: z.string(), replayed: z.number().int().meta({ description: "How many deliveries start over." }) })
  .meta({ id: "WebhookEventReplay" });
