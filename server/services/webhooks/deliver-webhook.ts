import { decrypt } from "../../auth/encryption";
import { db } from "../../db";
import { env } from "../../env";
import { dispatchJobs } from "../../jobs/dispatch-jobs";
import { sendWebhook, type SendOptions, type SendResult } from "../../webhooks/send-webhook";
import { webhookHeaders } from "../../webhooks/webhook-signature";
import { enqueueJob } from "../jobs/enqueue-job";
import { settleDelivery } from "./settle-delivery";

/** A newer delivery waits while an older one to the same endpoint, this recent, is still pending. */
export const ORDER_WINDOW_MS = 2 * 60_000;
const ORDER_HOLD_MS = 2_000;
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

const olderPending = (delivery: { id: string; endpointId: string; createdAt: Date; eventId: string }, now: Date) =>
  db().webhookDelivery.findFirst({
    where: {
      endpointId: delivery.endpointId, status: "PENDING", id: { not: delivery.id }, nextAttemptAt: { not: null },
      createdAt: { gte: new Date(now.getTime() - ORDER_WINDOW_MS) },
      OR: [{ createdAt: { lt: delivery.createdAt } }, { createdAt: delivery.createdAt, eventId: { lt: delivery.eventId } }],
    },
    select: { id: true },
  });

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
  if (await olderPending(delivery, now)) {
    const runAt = new Date(now.getTime() + ORDER_HOLD_MS);
    await db().$transaction(async (tx) => {
      const { count } = await tx.webhookDelivery.updateMany({ where: { id: deliveryId, status: "PENDING", attemptCount: delivery.attemptCount, nextAttemptAt: { lte: now } }, data: { nextAttemptAt: runAt } });
      if (count === 1) await enqueueJob(tx, { businessId: endpoint.businessId, kind: "WEBHOOK_DELIVER", subjectId: deliveryId, runAt });
    });
    return { outcome: "held" as const };
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
  const jobs = await settleDelivery({
    delivery: { id: deliveryId, endpointId: delivery.endpointId, businessId: endpoint.businessId },
    attempt, startedAt: now, result, failingSince: endpoint.failingSince,
  });
  await dispatchJobs(jobs);
  return { outcome: "attempted" as const, attempt, status: result.status, error: result.error };
};
