import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/server/generated/prisma/client";
import type { QueuedJob } from "@/server/jobs/enqueue-jobs";
import type { UnitOfWork } from "@/server/work/unit-of-work";
import { EVENT_DATA, type EventData, type EventType } from "@/server/contracts/webhooks/event-payloads";

let counter = 0;

/** `msg_` + time + a per-process counter + randomness: ids sort roughly in the order events were written. */
const newEventId = (now: Date) =>
  `msg_${now.getTime().toString(36).padStart(9, "0")}${(counter++ % 1296).toString(36).padStart(2, "0")}${randomBytes(10).toString("hex")}`;

export type EmitEventInput<T extends EventType> = {
  businessId: string;
  type: T;
  data: EventData<T>;
  /** Only these endpoints (the test event); by default every ACTIVE endpoint subscribed to `type`. */
  endpointIds?: string[];
};

const sqlId = Prisma.sql`'c' || replace(gen_random_uuid()::text, '-', '')`;

/**
 * The CTEs that write an event, one delivery per receiving endpoint and one WEBHOOK_DELIVER job
 * per delivery (keyed by endpoint, for the lane's per-endpoint cap), ending in `event_job`. Part
 * of one statement: emitEvent runs them alone, the REST create inside its own. `gate` (a SQL
 * condition) lets that statement write nothing when its Idempotency-Key was taken.
 *
 * Deliveries are not ordered per endpoint (as with Stripe and Svix): each carries the event's
 * `sequence`, from one PostgreSQL sequence, so a receiver can order what it got (docs/webhooks.md).
 */
export const eventCtes = <T extends EventType>(
  { businessId, type, data, endpointIds }: EmitEventInput<T>,
  gate: Prisma.Sql = Prisma.sql`TRUE`,
) => {
  const createdAt = new Date();
  const id = newEventId(createdAt);
  const at = createdAt.toISOString();
  const payload = { id, type, createdAt: at, data: EVENT_DATA[type].parse(data) };
  const receiving = endpointIds
    ? Prisma.sql`"id" = ANY(${endpointIds}::text[])`
    : Prisma.sql`(cardinality("eventTypes") = 0 OR ${type} = ANY("eventTypes"))`;
  const ctes = Prisma.sql`
    event_sequence AS (SELECT nextval(pg_get_serial_sequence('"WebhookEvent"', 'sequence')) AS "n" WHERE ${gate}),
    event AS (
      INSERT INTO "WebhookEvent" ("id", "businessId", "type", "payload", "sequence", "createdAt")
      SELECT ${id}, ${businessId}, ${type}, ${JSON.stringify(payload)}::jsonb || jsonb_build_object('sequence', "n"), "n", ${at}::timestamp(3)
      FROM event_sequence
      RETURNING "id"
    ),
    event_receiver AS (
      SELECT "id" AS "endpointId", ${sqlId} AS "deliveryId" FROM "WebhookEndpoint"
      WHERE "businessId" = ${businessId} AND "status" = 'ACTIVE' AND ${receiving} AND EXISTS (SELECT 1 FROM event_sequence)
    ),
    event_delivery AS (
      INSERT INTO "WebhookDelivery" ("id", "eventId", "endpointId", "nextAttemptAt", "createdAt", "updatedAt")
      SELECT "deliveryId", ${id}, "endpointId", ${at}::timestamp(3), ${at}::timestamp(3), ${at}::timestamp(3) FROM event_receiver
    ),
    event_job AS (
      INSERT INTO "ScheduledJob" ("id", "businessId", "kind", "lane", "subjectId", "concurrencyKey", "runAt", "createdAt")
      SELECT ${sqlId}, ${businessId}, 'WEBHOOK_DELIVER', 'WEBHOOKS', "deliveryId", "endpointId", ${at}::timestamp(3), ${at}::timestamp(3) FROM event_receiver
      RETURNING "id", "runAt", "lane"::text, "concurrencyKey"
    )`;
  return { eventId: id, ctes };
};

/**
 * Writes an event with its deliveries and their jobs in the unit of work's transaction, in one
 * statement: the event exists exactly when the change it reports does, and a process that dies
 * after the commit leaves jobs that will run. The jobs start after commit.
 */
export const emitEvent = async <T extends EventType>(
  uow: UnitOfWork,
  input: EmitEventInput<T>,
): Promise<{ eventId: string }> => {
  const { eventId, ctes } = eventCtes(input);
  const jobs = await uow.tx.$queryRaw<
    QueuedJob[]
  >`WITH ${ctes} SELECT "id", "runAt", "lane", "concurrencyKey" FROM event_job`;
  uow.track(jobs);
  return { eventId };
};
