import { randomBytes } from "node:crypto";
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../db";
import { newId } from "../../db/new-id";
import type { QueuedJob } from "../jobs/enqueue-job";
import { oldestPendingSince, unblockedAt } from "./delivery-order";
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

type Receiver = { endpointId: string; busySince: Date | null };

/**
 * Writes an event, one delivery per receiving endpoint and one WEBHOOK_DELIVER job per delivery,
 * all in the caller's transaction: the event exists exactly when the change it reports does, and
 * a process that dies after the commit leaves jobs the sweep will run. Returns the jobs for
 * dispatchJobs() after commit.
 *
 * Hand-written SQL, because every domain change emits and Prisma compiles each query anew: one
 * statement writes the event and finds its receivers, and only when there are any, a second writes
 * their deliveries and jobs.
 */
export const emitEvent = async <T extends EventType>(tx: Tx, { businessId, type, data, endpointIds }: EmitEventInput<T>): Promise<{ eventId: string; jobs: QueuedJob[] }> => {
  const createdAt = new Date();
  const id = newEventId(createdAt);
  const payload = { id, type, createdAt: createdAt.toISOString(), data: EVENT_DATA[type].parse(data) };
  const receiving = endpointIds
    ? Prisma.sql`"id" = ANY(${endpointIds}::text[])`
    : Prisma.sql`(cardinality("eventTypes") = 0 OR ${type} = ANY("eventTypes"))`;
  // Behind a delivery still pending, the new one waits for its release (delivery-order.ts).
  const receivers = await tx.$queryRaw<Receiver[]>`
    WITH event AS (
      INSERT INTO "WebhookEvent" ("id", "businessId", "type", "payload", "createdAt")
      VALUES (${id}, ${businessId}, ${type}, ${JSON.stringify(payload)}::jsonb, ${createdAt.toISOString()}::timestamp(3))
    )
    SELECT "id" AS "endpointId", ${oldestPendingSince(Prisma.sql`"WebhookEndpoint"."id"`, createdAt)} AS "busySince"
    FROM "WebhookEndpoint"
    WHERE "businessId" = ${businessId} AND "status" = 'ACTIVE' AND ${receiving}`;
  if (receivers.length === 0) return { eventId: id, jobs: [] };

  // The delivery carries the event's time: ordering per endpoint compares deliveries by it.
  const deliveries = receivers.map(({ endpointId, busySince }) => ({
    id: newId(),
    endpointId,
    job: { id: newId(), runAt: busySince ? unblockedAt(busySince, createdAt) : createdAt },
  }));
  const at = createdAt.toISOString();
  const now = new Date().toISOString();
  await tx.$executeRaw`
    WITH delivery AS (
      INSERT INTO "WebhookDelivery" ("id", "eventId", "endpointId", "nextAttemptAt", "createdAt", "updatedAt")
      SELECT "id", ${id}, "endpointId", ${at}::timestamp(3), ${at}::timestamp(3), ${now}::timestamp(3)
      FROM unnest(${deliveries.map((d) => d.id)}::text[], ${deliveries.map((d) => d.endpointId)}::text[]) AS delivery("id", "endpointId")
    )
    INSERT INTO "ScheduledJob" ("id", "businessId", "kind", "subjectId", "runAt", "createdAt")
    SELECT "id", ${businessId}, 'WEBHOOK_DELIVER', "subjectId", "runAt", ${now}::timestamp(3)
    FROM unnest(${deliveries.map((d) => d.job.id)}::text[], ${deliveries.map((d) => d.id)}::text[], ${deliveries.map((d) => d.job.runAt.toISOString())}::timestamp(3)[]) AS job("id", "subjectId", "runAt")`;
  return { eventId: id, jobs: deliveries.map((delivery) => delivery.job) };
};
