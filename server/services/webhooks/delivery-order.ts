import { Prisma } from "../../generated/prisma/client";
import { db, type Tx } from "../../db";
import { enqueueJob, type QueuedJob } from "../jobs/enqueue-job";

// Per-endpoint ordering (docs/webhooks.md, "Ordering"). A delivery is not attempted while an
// older delivery to the same endpoint, created within ORDER_WINDOW_MS, is still pending: it waits,
// and stays due (nextAttemptAt <= now). When the older one leaves PENDING, settleDelivery releases
// the oldest waiting one at once, so an endpoint that keeps up gets one event after the other.
// A waiting delivery also has a job for when its oldest blocker leaves the window: an older event
// that is still being retried then stops holding the newer ones back.

export const ORDER_WINDOW_MS = 2 * 60_000;
/** A job never waits less than this after a check found the delivery blocked. */
const MIN_WAIT_MS = 1_000;

const windowStart = (now: Date) => new Date(now.getTime() - ORDER_WINDOW_MS);

/** When a delivery blocked by deliveries created at `oldestBlocker` or later must look again without a release. */
export const unblockedAt = (oldestBlocker: Date, now: Date) => new Date(Math.max(oldestBlocker.getTime() + ORDER_WINDOW_MS, now.getTime() + MIN_WAIT_MS));

/** The oldest earlier delivery of the same endpoint this one must wait for, if any. */
export const oldestBlocker = (delivery: { id: string; endpointId: string; createdAt: Date; eventId: string }, now: Date) =>
  db().webhookDelivery.findFirst({
    where: {
      endpointId: delivery.endpointId, status: "PENDING", id: { not: delivery.id }, nextAttemptAt: { not: null },
      createdAt: { gte: windowStart(now) },
      OR: [{ createdAt: { lt: delivery.createdAt } }, { createdAt: delivery.createdAt, eventId: { lt: delivery.eventId } }],
    },
    orderBy: [{ createdAt: "asc" }, { eventId: "asc" }],
    select: { createdAt: true },
  });

/**
 * SQL for a new event's delivery to the endpoint whose id is `endpointId` (a column): the time of
 * the oldest delivery of that endpoint waiting or on its way in the window, or NULL. When there is
 * one, the new delivery need not run now: a release will.
 */
export const oldestPendingSince = (endpointId: Prisma.Sql, now: Date) => Prisma.sql`(
  SELECT min("createdAt") FROM "WebhookDelivery"
  WHERE "endpointId" = ${endpointId} AND "status" = 'PENDING' AND "nextAttemptAt" IS NOT NULL
    AND "createdAt" >= ${windowStart(now).toISOString()}::timestamp(3))`;

/** Makes a blocked delivery wait: it stays due, and its next job comes when its blocker leaves the window. */
export const waitForTurn = (businessId: string, deliveryId: string, blocker: Date, now: Date) =>
  enqueueJob(db(), { businessId, kind: "WEBHOOK_DELIVER", subjectId: deliveryId, runAt: unblockedAt(blocker, now) });

/** Called when a delivery leaves PENDING: the oldest waiting delivery of its endpoint gets a job now. */
export const releaseNext = async (tx: Tx, { id, endpointId, businessId }: { id: string; endpointId: string; businessId: string }, now: Date): Promise<QueuedJob[]> => {
  const next = await tx.webhookDelivery.findFirst({
    where: { endpointId, status: "PENDING", id: { not: id }, nextAttemptAt: { lte: now }, createdAt: { gte: windowStart(now) } },
    orderBy: [{ createdAt: "asc" }, { eventId: "asc" }],
    select: { id: true },
  });
  return next ? [await enqueueJob(tx, { businessId, kind: "WEBHOOK_DELIVER", subjectId: next.id, runAt: now })] : [];
};
