import { z } from "zod";
import { SUBSCRIBABLE_EVENT_TYPES } from "./event-payloads";

/**
 * What staff give for an endpoint; the Portal form validates with the same schema as the procedure.
 * An empty `eventTypes` means every type, including types added later. The URL's address is
 * checked by the service (https, no private target).
 */
export const ZWebhookEndpointFields = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the URL LinX should POST events to")
    .max(2048, "Use at most 2048 characters")
    .url("Enter an absolute URL, like https://api.example.com/linx"),
  description: z.string().trim().max(500, "Use at most 500 characters"),
  eventTypes: z.array(z.enum(SUBSCRIBABLE_EVENT_TYPES)).max(SUBSCRIBABLE_EVENT_TYPES.length),
});

export type WebhookEndpointFields = z.infer<typeof ZWebhookEndpointFields>;
