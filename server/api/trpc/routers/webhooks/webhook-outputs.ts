import { z } from "zod";
import { WebhookDeliveryStatus, WebhookEndpointStatus } from "@/server/generated/prisma/enums";
import { isoDateTime } from "@/server/api/rest/date-time";

export const ZWebhookEndpointOutput = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string().nullable(),
  eventTypes: z.array(z.string()),
  status: z.enum(WebhookEndpointStatus),
  failingSince: isoDateTime.nullable(),
  disabledAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

const ZWebhookAttemptOutput = z.object({
  attemptNumber: z.number().int(),
  startedAt: isoDateTime,
  durationMs: z.number().int(),
  responseStatus: z.number().int().nullable(),
  responseExcerpt: z.string().nullable(),
  error: z.string().nullable(),
});

export const ZWebhookDeliveryOutput = z.object({
  id: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  status: z.enum(WebhookDeliveryStatus),
  attemptCount: z.number().int(),
  nextAttemptAt: isoDateTime.nullable(),
  lastAttemptAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  attempts: z.array(ZWebhookAttemptOutput),
});

export const ZEndpointIdInput = z.object({ endpointId: z.string().min(1).max(64) });

export const pagedInput = {
  cursor: z.string().max(512).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
};
