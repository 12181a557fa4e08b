import { randomBytes } from "node:crypto";
import type { Tx } from "../../db";
import { enqueueJobs, type QueuedJob } from "../jobs/enqueue-job";
import { busyEndpoints, unblockedAt } from "./delivery-order";
import { EVENT_DATA, type EventData, type EventType } from "./event-payloads";

let sequence = 0;

/** `msg_` + time + a per-process sequence + randomness: ids sort in the order events were written. */
export const newEventId = (now: Date) =>
  `msg_${now.getTime().toString(36).padStart(9, "0")}${(sequence++ % 1296).toString(36).padStart(2, "0")}${randomBytes(10).toString("hex")}`;

export type EmitEventInput<T extends EventType> = {
  businessId: string;
  type: T;
  data: EventData<T>;
  /** Only these endpoints (the test event); by default every ACTIVE endpoint subscribed to `type`. */
  endpointIds?: string[];
};

/**
 * Writes an event, one delivery per receiving endpoint and one WEBHOOK_DELIVER job per delivery,
 * all in the caller's transaction: the event exists exactly when the change it reports does, and
 * a process that dies after the commit leaves jobs the sweep will run. Five statements, however
 * many endpoints. Returns the jobs for dispatchJobs() after commit.
 */
export const emitEvent = async <T extends EventType>(tx: Tx, { businessId, type, data, endpointIds }: EmitEventInput<T>): Promise<{ eventId: string; jobs: QueuedJob[] }> => {
  const createdAt = new Date();
  const id = newEventId(createdAt);
  const payload = { id, type, createdAt: createdAt.toISOString(), data: EVENT_DATA[type].parse(data) };
  await tx.webhookEvent.create({ data: { id, businessId, type, payload, createdAt }, select: { id: true } });
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { businessId, status: "ACTIVE", ...(endpointIds ? { id: { in: endpointIds } } : { OR: [{ eventTypes: { isEmpty: true } }, { eventTypes: { has: type } }] }) },
    select: { id: true },
  });
  if (endpoints.length === 0) return { eventId: id, jobs: [] };
  // Behind a delivery still pending, the new one waits for its release (delivery-order.ts).
  const busy = await busyEndpoints(tx, endpoints.map((endpoint) => endpoint.id), createdAt);
  // The delivery carries the event's time: ordering per endpoint compares deliveries by it.
  const deliveries = await tx.webhookDelivery.createManyAndReturn({
    data: endpoints.map((endpoint) => ({ eventId: id, endpointId: endpoint.id, createdAt, nextAttemptAt: createdAt })),
    select: { id: true, endpointId: true },
  });
  const jobs = await enqueueJobs(
    tx,
    deliveries.map((delivery) => {
      const blocker = busy.get(delivery.endpointId);
      return { businessId, kind: "WEBHOOK_DELIVER" as const, subjectId: delivery.id, runAt: blocker ? unblockedAt(blocker, createdAt) : createdAt };
    }),
  );
  return { eventId: id, jobs };
};
