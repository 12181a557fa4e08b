import "server-only";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { findEndpoint } from "./webhook-endpoint-view";
import { inUnitOfWork, type UnitOfWork } from "@/server/work/unit-of-work";

/** At most this many deliveries per replay-failed call; `hasMore` says to call again. */
const REPLAY_BATCH = 1000;

/**
 * Starts deliveries of one business over: PENDING, due now, with a fresh retry schedule (attempt
 * numbers count again from 1; earlier attempts stay in the log), one WEBHOOK_DELIVER job each.
 * The event keeps its id, so `webhook-id` is the same as before. Deliveries still PENDING are
 * left alone: they are already on their way. A fixed number of statements, however many.
 */
const restartDeliveries = async (uow: UnitOfWork, businessId: string, deliveryIds: string[]) => {
  const now = new Date();
  const restarted = await uow.tx.webhookDelivery.updateManyAndReturn({
    where: { id: { in: deliveryIds }, status: { not: "PENDING" } },
    data: { status: "PENDING", attemptCount: 0, nextAttemptAt: now },
    select: { id: true, endpointId: true },
  });
  return uow.enqueue(
    ...restarted.map(({ id, endpointId }) => ({
      businessId,
      kind: "WEBHOOK_DELIVER" as const,
      subjectId: id,
      concurrencyKey: endpointId,
      runAt: now,
    })),
  );
};

const inactive = (status: string) =>
  new AppError("CONFLICT", `The endpoint is ${status}; set it ACTIVE before replaying`, { status });

/** The deliveries to start over for one event: to `endpointId` (created if it never had one), or to every active endpoint it went to. */
const deliveriesToReplay = async (tx: UnitOfWork["tx"], businessId: string, eventId: string, endpointId?: string) => {
  if (!endpointId) {
    const earlier = await tx.webhookDelivery.findMany({
      where: { eventId, endpoint: { status: "ACTIVE" } },
      select: { id: true },
    });
    return earlier.map((d) => d.id);
  }
  const endpoint = await findEndpoint(tx, businessId, endpointId);
  if (endpoint.status !== "ACTIVE") throw inactive(endpoint.status);
  // A new delivery starts FAILED with no attempt so that the restart below treats it like any other.
  const delivery = await tx.webhookDelivery.upsert({
    where: { eventId_endpointId: { eventId, endpointId } },
    create: { eventId, endpointId, status: "FAILED" },
    update: {},
    select: { id: true },
  });
  return [delivery.id];
};

/** Sends one event again, with its own id: to `endpointId`, or to every active endpoint it was delivered to before. */
export const replayEvent = async ({
  businessId,
  eventId,
  endpointId,
  actor,
}: {
  businessId: string;
  eventId: string;
  endpointId?: string;
  actor: Actor;
}) =>
  inUnitOfWork(async (uow) => {
    const { tx } = uow;
    const event = await tx.webhookEvent.findFirst({ where: { id: eventId, businessId }, select: { id: true } });
    if (!event) throw new AppError("NOT_FOUND", "Event not found");
    const jobs = await restartDeliveries(
      uow,
      businessId,
      await deliveriesToReplay(tx, businessId, eventId, endpointId),
    );
    await recordAudit(tx, {
      businessId,
      actor,
      action: "webhook-event.replayed",
      targetType: "WebhookEvent",
      targetId: eventId,
      metadata: { endpointId: endpointId ?? null, deliveries: jobs.length },
    });
    return { eventId, replayed: jobs.length };
  });

/** Sends again every FAILED delivery of an endpoint whose event was created at or after `since`, oldest first. */
export const replayFailedDeliveries = async ({
  businessId,
  endpointId,
  since,
  actor,
}: {
  businessId: string;
  endpointId: string;
  since: Date;
  actor: Actor;
}) =>
  inUnitOfWork(async (uow) => {
    const { tx } = uow;
    const endpoint = await findEndpoint(tx, businessId, endpointId);
    if (endpoint.status !== "ACTIVE") throw inactive(endpoint.status);
    const failed = await tx.webhookDelivery.findMany({
      where: { endpointId, status: "FAILED", createdAt: { gte: since } },
      orderBy: [{ createdAt: "asc" }, { eventId: "asc" }],
      take: REPLAY_BATCH + 1,
      select: { id: true },
    });
    const jobs = await restartDeliveries(
      uow,
      businessId,
      failed.slice(0, REPLAY_BATCH).map((d) => d.id),
    );
    await recordAudit(tx, {
      businessId,
      actor,
      action: "webhook-endpoint.failed-replayed",
      targetType: "WebhookEndpoint",
      targetId: endpointId,
      metadata: { since: since.toISOString(), deliveries: jobs.length },
    });
    return { endpointId, replayed: jobs.length, hasMore: failed.length > REPLAY_BATCH };
  });
