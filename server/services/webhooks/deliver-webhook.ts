import { decrypt } from "../../auth/encryption";
import { db } from "../../db";
import { env } from "../../env";
import { sendWebhook, type SendOptions, type SendResult } from "../../webhooks/send-webhook";
import { webhookHeaders } from "../../webhooks/webhook-signature";
import { oldestBlocker, waitForTurn } from "./delivery-order";
import { settleDelivery } from "./settle-delivery";

/** A claimed attempt holds the delivery this long; a runner that dies leaves it due again afterwards. */
const CLAIM_LEASE_MS = 60_000;

export type DeliverWebhookInput = {
  deliveryId: string;
  timeoutMs?: number;
  /** The HTTP call; tests replace it to simulate a process that dies mid-delivery. */
  send?: (options: SendOptions) => Promise<SendResult>;
};

const DELIVERY_SELECT = {
  id: true, status: true, attemptCount: true, nextAttemptAt: true, createdAt: true, eventId: true, endpointId: true,
  event: { select: { payload: true } },
  endpoint: { select: { url: true, status: true, businessId: true, failingSince: true } },
} as const;

const signingSecrets = async (endpointId: string, now: Date) => {
  const rows = await db().webhookSecret.findMany({
    where: { endpointId, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    orderBy: { createdAt: "desc" },
    select: { encryptedSecret: true },
  });
  return rows.map((row) => decrypt(row.encryptedSecret));
};

/**
 * Job WEBHOOK_DELIVER: one attempt of one delivery. The conditional update of the delivery is the
 * claim (re-checking status, attempt count and due time), so a duplicate job does nothing.
 */
export const deliverWebhook = async ({ deliveryId, timeoutMs, send = sendWebhook }: DeliverWebhookInput) => {
  const now = new Date();
  const delivery = await db().webhookDelivery.findUnique({ where: { id: deliveryId }, select: DELIVERY_SELECT });
  if (!delivery || delivery.status !== "PENDING" || !delivery.nextAttemptAt || delivery.nextAttemptAt > now) return { outcome: "skipped" as const };
  const { endpoint } = delivery;
  if (endpoint.status !== "ACTIVE") {
    // Paused: resuming the endpoint schedules it again.
    await db().webhookDelivery.updateMany({ where: { id: deliveryId, status: "PENDING", attemptCount: delivery.attemptCount }, data: { nextAttemptAt: null } });
    return { outcome: "paused" as const };
  }
  const blocker = await oldestBlocker(delivery, now);
  if (blocker) {
    await waitForTurn(endpoint.businessId, deliveryId, blocker.createdAt, now);
    return { outcome: "waiting" as const };
  }

  const attempt = delivery.attemptCount + 1;
  const { count } = await db().webhookDelivery.updateMany({
    where: { id: deliveryId, status: "PENDING", attemptCount: delivery.attemptCount, nextAttemptAt: { lte: now } },
    data: { attemptCount: attempt, lastAttemptAt: now, nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS) },
  });
  if (count === 0) return { outcome: "skipped" as const };

  const body = JSON.stringify(delivery.event.payload);
  const headers = webhookHeaders(await signingSecrets(delivery.endpointId, now), { id: delivery.eventId, body, now });
  const result = await send({ url: endpoint.url, headers, body, timeoutMs, allowPrivate: env().WEBHOOK_ALLOW_PRIVATE_TARGETS });
  await settleDelivery({
    delivery: { id: deliveryId, endpointId: delivery.endpointId, businessId: endpoint.businessId },
    attempt, startedAt: now, result, failingSince: endpoint.failingSince,
  });
  return { outcome: "attempted" as const, attempt, status: result.status, error: result.error };
};
