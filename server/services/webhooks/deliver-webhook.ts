import { decrypt } from "../../auth/encryption";
import { env } from "../../env";
import { dispatchJobs } from "../../jobs/dispatch-jobs";
import { sendWebhook, type SendOptions, type SendResult } from "../../webhooks/send-webhook";
import { webhookHeaders } from "../../webhooks/webhook-signature";
import { claimDeliveryAttempt } from "./claim-delivery-attempt";
import { disableEndpoint, FAILING_MS_BEFORE_DISABLE } from "./disable-endpoint";
import { recordDeliveryAttempt, verdictOf } from "./record-delivery-attempt";

export type DeliverWebhookInput = {
  deliveryId: string;
  timeoutMs?: number;
  /** The HTTP call; tests replace it to simulate a process that dies mid-delivery. */
  send?: (options: SendOptions) => Promise<SendResult>;
};

// Decrypted secrets by their sealed text: the same few endpoints sign thousands of deliveries.
const secretCache = new Map<string, string>();
const openSecret = (sealed: string) => {
  let plain = secretCache.get(sealed);
  if (plain === undefined) {
    if (secretCache.size > 1000) secretCache.clear();
    plain = decrypt(sealed);
    secretCache.set(sealed, plain);
  }
  return plain;
};

/**
 * Job WEBHOOK_DELIVER: one attempt of one delivery, in two statements around the HTTP call:
 * claim-and-load, then record (with the next attempt's job when it failed). The 410 and
 * five-days-failing rules then disable the endpoint in a unit of work of their own.
 */
export const deliverWebhook = async ({ deliveryId, timeoutMs, send = sendWebhook }: DeliverWebhookInput) => {
  const now = new Date();
  const delivery = await claimDeliveryAttempt(deliveryId, now);
  if (!delivery) return { outcome: "skipped" as const };

  const body = JSON.stringify(delivery.payload);
  const headers = webhookHeaders(delivery.secrets.map(openSecret), { id: delivery.eventId, body, now });
  const result = await send({ url: delivery.url, headers, body, timeoutMs, allowPrivate: env().WEBHOOK_ALLOW_PRIVATE_TARGETS });
  const verdict = verdictOf(delivery.attempt, result, new Date());
  await dispatchJobs(await recordDeliveryAttempt(delivery, now, result, verdict));

  if (result.status === 410) await disableEndpoint({ endpointId: delivery.endpointId, reason: "GONE" });
  else if (verdict.status !== "SUCCEEDED" && delivery.failingSince && Date.now() - new Date(delivery.failingSince).getTime() >= FAILING_MS_BEFORE_DISABLE) {
    await disableEndpoint({ endpointId: delivery.endpointId, reason: "FAILING" });
  }
  return { outcome: "attempted" as const, attempt: delivery.attempt, status: result.status, error: result.error };
};
