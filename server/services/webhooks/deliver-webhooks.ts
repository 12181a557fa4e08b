import "server-only";
import { decrypt } from "@/server/auth/encryption";
import { env } from "@/server/env";
import { metrics } from "@/server/observability/metrics";
import { dispatchJobs } from "@/server/jobs/dispatch-jobs";
import { sendWebhook, type SendOptions, type SendResult } from "@/server/webhooks/send-webhook";
import { webhookHeaders } from "@/server/webhooks/webhook-signature";
import { claimDeliveryAttempts } from "./claim-delivery-attempt";
import { disableEndpoint, FAILING_MS_BEFORE_DISABLE } from "./disable-endpoint";
import { recordDeliveryAttempts, verdictOf, type AttemptRecord } from "./record-delivery-attempt";

export type DeliverWebhooksInput = {
  deliveryIds: string[];
  timeoutMs?: number;
  /** The HTTP call; tests replace it to simulate a process that dies mid-delivery. */
  send?: (options: SendOptions) => Promise<SendResult>;
};

export type DeliveryOutcome =
  | { outcome: "skipped" }
  | { outcome: "attempted"; attempt: number; status: number | null; error: string | null };

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
 * Jobs WEBHOOK_DELIVER: one attempt of each delivery, in two statements however many around the
 * HTTP calls (sent side by side): claim-and-load, then record (with each failed attempt's next
 * job). The 410 and five-days-failing rules then disable an endpoint in a unit of work of its own.
 */
export const deliverWebhooks = async ({
  deliveryIds,
  timeoutMs,
  send = sendWebhook,
}: DeliverWebhooksInput): Promise<Map<string, DeliveryOutcome>> => {
  const now = new Date();
  const claimed = await claimDeliveryAttempts(deliveryIds, now);
  const allowPrivate = env().WEBHOOK_ALLOW_PRIVATE_TARGETS;
  const records: AttemptRecord[] = await Promise.all(
    claimed.map(async (delivery) => {
      const body = JSON.stringify(delivery.payload);
      const headers = webhookHeaders(delivery.secrets.map(openSecret), { id: delivery.eventId, body, now });
      const result = await send({ url: delivery.url, headers, body, timeoutMs, allowPrivate });
      return { delivery, startedAt: now, result, verdict: verdictOf(delivery.attempt, result, new Date()) };
    }),
  );
  await dispatchJobs(await recordDeliveryAttempts(records));
  for (const { verdict } of records)
    metrics().webhookDeliveries.inc({ outcome: verdict.status === "SUCCEEDED" ? "succeeded" : "failed" });

  for (const { delivery, result, verdict } of records) {
    if (result.status === 410) await disableEndpoint({ endpointId: delivery.endpointId, reason: "GONE" });
    else if (
      verdict.status !== "SUCCEEDED" &&
      delivery.failingSince &&
      Date.now() - new Date(delivery.failingSince).getTime() >= FAILING_MS_BEFORE_DISABLE
    ) {
      await disableEndpoint({ endpointId: delivery.endpointId, reason: "FAILING" });
    }
  }
  const outcomes = new Map<string, DeliveryOutcome>(deliveryIds.map((id) => [id, { outcome: "skipped" }]));
  for (const { delivery, result } of records)
    outcomes.set(delivery.id, {
      outcome: "attempted",
      attempt: delivery.attempt,
      status: result.status,
      error: result.error,
    });
  return outcomes;
};

/** deliverWebhooks for one delivery. */
export const deliverWebhook = async ({
  deliveryId,
  ...options
}: Omit<DeliverWebhooksInput, "deliveryIds"> & { deliveryId: string }) =>
  (await deliverWebhooks({ deliveryIds: [deliveryId], ...options })).get(deliveryId)!;
