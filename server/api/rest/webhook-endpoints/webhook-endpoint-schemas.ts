import { z } from "zod";
import { WebhookDeliveryStatus, WebhookEndpointStatus } from "@/server/generated/prisma/enums";
import { SUBSCRIBABLE_EVENT_TYPES } from "@/server/contracts/webhooks/event-payloads";
import { isoDateTime } from "@/server/api/rest/date-time";
import { objectId } from "@/server/contracts/object-id";
import { pageOf, paginationQuery } from "@/server/api/rest/pagination";

const eventType = z.enum(SUBSCRIBABLE_EVENT_TYPES);

const url = z
  .string()
  .trim()
  .min(1)
  .max(2048)
  .meta({
    description: "Where LinX POSTs events: an absolute https:// URL on a public address.",
    examples: ["https://api.example.com/linx/webhooks"],
  });

const description = z.string().trim().max(500);

const eventTypes = z.array(eventType).min(1).max(SUBSCRIBABLE_EVENT_TYPES.length);

export const createWebhookEndpointBody = z.strictObject({
  url,
  description: description.optional(),
  eventTypes: eventTypes
    .optional()
    .meta({ description: "The event types to receive; omit to receive every type, including types added later." }),
});

export const updateWebhookEndpointBody = z
  .strictObject({
    url: url.optional(),
    description: description.nullable().optional(),
    eventTypes: eventTypes
      .nullable()
      .optional()
      .meta({ description: "The event types to receive; null for every type." }),
    status: z.enum(["ACTIVE", "SUSPENDED"]).optional().meta({
      description:
        "SUSPENDED stops deliveries; events that occur meanwhile are not sent to it. ACTIVE resumes a suspended or disabled endpoint and sends what was waiting.",
    }),
  })
  .refine((body) => Object.keys(body).length > 0, {
    message: "Give at least one of url, description, eventTypes, status",
  });

export const WebhookEndpointDto = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string().nullable(),
    eventTypes: z
      .array(z.string())
      .meta({ description: "The event types it receives (see the `webhooks` of this document); empty: every type." }),
    status: z.enum(WebhookEndpointStatus).meta({
      description: "DISABLED: LinX turned it off (410, or 5 days of failures); PATCH status ACTIVE to resume.",
    }),
    failingSince: isoDateTime
      .nullable()
      .meta({ description: "When the current run of failed attempts began; null while deliveries succeed." }),
    disabledAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: "WebhookEndpoint" });

const secret = z
  .string()
  .meta({ description: "`whsec_…`: verify signatures with it. Shown only in this response; store it now." });

export const CreatedWebhookEndpointDto = WebhookEndpointDto.extend({ secret }).meta({ id: "CreatedWebhookEndpoint" });

export const RotatedSecretDto = z
  .object({
    id: z.string(),
    secret,
    oldSecretsExpireAt: isoDateTime.meta({
      description: "Until then every delivery is signed with the old and the new secret.",
    }),
  })
  .meta({ id: "RotatedWebhookSecret" });

export const WebhookEndpointPageDto = pageOf(WebhookEndpointDto).meta({ id: "WebhookEndpointPage" });

export const DeletedWebhookEndpointDto = z
  .object({ id: z.string(), deleted: z.literal(true) })
  .meta({ id: "DeletedWebhookEndpoint" });

const WebhookAttemptDto = z
  .object({
    attemptNumber: z.number().int().meta({ description: "1 for the first attempt; a replay counts from 1 again." }),
    startedAt: isoDateTime,
    durationMs: z.number().int(),
    responseStatus: z
      .number()
      .int()
      .nullable()
      .meta({ description: "null when no answer came (timeout, refused target, network error)." }),
    responseExcerpt: z.string().nullable().meta({ description: "The first 1 KiB of the response body." }),
    error: z.string().nullable(),
  })
  .meta({ id: "WebhookAttempt" });

const WebhookDeliveryDto = z
  .object({
    id: z.string(),
    eventId: z.string(),
    eventType: z.string(),
    status: z.enum(WebhookDeliveryStatus),
    attemptCount: z.number().int(),
    nextAttemptAt: isoDateTime
      .nullable()
      .meta({ description: "When the next attempt is due while PENDING; null while the endpoint is not ACTIVE." }),
    lastAttemptAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
    attempts: z.array(WebhookAttemptDto).meta({ description: "Oldest first; the latest 50." }),
  })
  .meta({ id: "WebhookDelivery" });

export const WebhookDeliveryPageDto = pageOf(WebhookDeliveryDto).meta({ id: "WebhookDeliveryPage" });

export const listWebhookDeliveriesQuery = paginationQuery.extend({ status: z.enum(WebhookDeliveryStatus).optional() });

export const replayFailedBody = z.strictObject({
  since: z.iso
    .datetime({ offset: true })
    .transform((text) => new Date(text))
    .meta({ description: "Replay the FAILED deliveries of events created at or after this instant." }),
});

export const ReplayFailedDto = z
  .object({
    endpointId: z.string(),
    replayed: z.number().int(),
    hasMore: z
      .boolean()
      .meta({ description: "At most 1000 deliveries are replayed per call; call again for the rest." }),
  })
  .meta({ id: "WebhookReplay" });

export const endpointIdParams = z.object({ id: objectId });
