import { db, type Tx } from "../../db";
import { AppError } from "../../errors";
import { dispatchJobs } from "../../jobs/dispatch-jobs";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { sealIdempotencyClaim } from "../idempotency/idempotency-scope";
import { enqueueJob } from "../jobs/enqueue-job";
import { findEndpoint } from "./webhook-endpoint-view";

/** At most this many deliveries per replay-failed call; `hasMore` says to call again. */
export const REPLAY_BATCH = 1000;

/**
 * Starts a delivery over: PENDING, due now, with a fresh retry schedule (attempt numbers count
 * again from 1; earlier attempts stay in the log). The event keeps its id, so `webhook-id` is
 * the same as before. A delivery still pending is left alone: it is already on its way.
 */
const restart = async (tx: Tx, businessId: string, eventId: string, endpointId: string) => {
  const now = new Date();
  const existing = await tx.webhookDelivery.findUnique({ where: { eventId_endpointId: { eventId, endpointId } }, select: { id: true, status: true } });
  if (existing?.status === "PENDING") return null;
  const delivery = existing
    ? await tx.webhookDelivery.update({ where: { id: existing.id }, data: { status: "PENDING", attemptCount: 0, nextAttemptAt: now }, select: { id: true } })
    : await tx.webhookDelivery.create({ data: { eventId, endpointId, nextAttemptAt: now }, select: { id: true } });
  return enqueueJob(tx, { businessId, kind: "WEBHOOK_DELIVER", subjectId: delivery.id, runAt: now });
};

const inactive = (status: string) => new AppError("CONFLICT", `The endpoint is ${status}; set it ACTIVE before replaying`);

/** Sends one event again: to `endpointId`, or to every active endpoint it was delivered to before. */
export const replayEvent = async ({ businessId, eventId, endpointId, actor }: { businessId: string; eventId: string; endpointId?: string; actor: Actor }) => {
  const jobs = await db().$transaction(async (tx) => {
    const event = await tx.webhookEvent.findFirst({ where: { id: eventId, businessId }, select: { id: true } });
    if (!event) throw new AppError("NOT_FOUND", "Event not found");
    let targets: string[];
    if (endpointId) {
      const endpoint = await findEndpoint(tx, businessId, endpointId);
      if (endpoint.status !== "ACTIVE") throw inactive(endpoint.status);
      targets = [endpointId];
    } else {
      const earlier = await tx.webhookDelivery.findMany({ where: { eventId, endpoint: { status: "ACTIVE" } }, select: { endpointId: true } });
      targets = earlier.map((d) => d.endpointId);
    }
    const queued = [];
    for (const target of targets) {
      const job = await restart(tx, businessId, eventId, target);
      if (job) queued.push(job);
    }
    await recordAudit(tx, { businessId, actor, action: "webhook-event.replayed", targetType: "WebhookEvent", targetId: eventId, metadata: { endpointId: endpointId ?? null, deliveries: queued.length } });
    await sealIdempotencyClaim(tx);
    return queued;
  });
  await dispatchJobs(jobs);
  return { eventId, replayed: jobs.length };
};

/** Sends again every FAILED delivery of an endpoint whose event was created at or after `since`, oldest first. */
export const replayFailedDeliveries = async ({ businessId, endpointId, since, actor }: { businessId: string; endpointId: string; since: Date; actor: Actor }) => {
  const { jobs, hasMore } = await db().$transaction(async (tx) => {
    const endpoint = await findEndpoint(tx, businessId, endpointId);
    if (endpoint.status !== "ACTIVE") throw inactive(endpoint.status);
    const failed = await tx.webhookDelivery.findMany({
      where: { endpointId, status: "FAILED", createdAt: { gte: since } },
      orderBy: [{ createdAt: "asc" }, { eventId: "asc" }],
      take: REPLAY_BATCH + 1,
      select: { eventId: true },
    });
    const queued = [];
    for (const { eventId } of failed.slice(0, REPLAY_BATCH)) {
      const job = await restart(tx, businessId, eventId, endpointId);
      if (job) queued.push(job);
    }
    await recordAudit(tx, { businessId, actor, action: "webhook-endpoint.failed-replayed", targetType: "WebhookEndpoint", targetId: endpointId, metadata: { since: since.toISOString(), deliveries: queued.length } });
    await sealIdempotencyClaim(tx);
    return { jobs: queued, hasMore: failed.length > REPLAY_BATCH };
  });
  await dispatchJobs(jobs);
  return { endpointId, replayed: jobs.length, hasMore };
};
