import {
  EVENT_DATA,
  EVENT_DESCRIPTIONS,
  EVENT_ENVELOPES,
  type EventType,
} from "@/server/contracts/webhooks/event-payloads";
import type { WebhookDefinition } from "./build-openapi-document";

/** Every event type LinX sends, with its payload schema: the `webhooks` of the OpenAPI document. */
export const WEBHOOK_CATALOG: readonly WebhookDefinition[] = (Object.keys(EVENT_DATA) as EventType[]).map((type) => ({
  name: type,
  description: EVENT_DESCRIPTIONS[type],
  schema: EVENT_ENVELOPES[type],
}));
