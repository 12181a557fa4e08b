import client from "prom-client";
import { Prisma } from "@/server/generated/prisma/client";
import { LANE_LIMITS, LANES } from "@/server/jobs/job-lanes";
import { sql } from "@/server/db/sql";
import { metrics } from "./metrics";

// Gauges read when Prometheus scrapes, not kept up to date by the code that changes them: the
// job queue per lane (one statement on the partial index "ScheduledJob_due_idx" (lane, runAt)) and
// the database pool.

const MAX_LEASE_MS = Math.max(...Object.values(LANE_LIMITS).map((limits) => limits.leaseMs));

type LaneRow = { lane: string; due: number; running: number; retrying: number; oldestDueAt: Date | null };

/**
 * Due: pending (or running past its lease, so free to claim) with runAt passed. Running: held by
 * a run's lease. Retrying: due after at least one failed attempt. Only rows with runAt before the
 * longest lease from now are read (a running job's runAt is its lease's end), never the jobs
 * scheduled for later (reminders, expiries), so the scan stays the size of the live queue.
 */
export const readJobQueue = async (now = new Date()) => {
  const horizon = new Date(now.getTime() + MAX_LEASE_MS).toISOString();
  const rows = await sql<LaneRow>(Prisma.sql`
    SELECT "lane"::text,
      count(*) FILTER (WHERE "runAt" <= ${now.toISOString()}::timestamp)::int AS "due",
      count(*) FILTER (WHERE "status" = 'RUNNING' AND "runAt" > ${now.toISOString()}::timestamp)::int AS "running",
      count(*) FILTER (WHERE "runAt" <= ${now.toISOString()}::timestamp AND "attempts" > 0)::int AS "retrying",
      min("runAt") FILTER (WHERE "runAt" <= ${now.toISOString()}::timestamp) AS "oldestDueAt"
    FROM "ScheduledJob"
    WHERE "lane" IN (${Prisma.join(LANES.map((lane) => Prisma.sql`${lane}::"JobLane"`))}) AND "status" IN ('PENDING', 'RUNNING') AND "runAt" <= ${horizon}::timestamp
    GROUP BY "lane"`);
  const byLane = new Map(rows.map((row) => [row.lane, row]));
  return LANES.map((lane) => {
    const row = byLane.get(lane);
    return {
      lane,
      due: row?.due ?? 0,
      running: row?.running ?? 0,
      retrying: row?.retrying ?? 0,
      oldestDueAgeSeconds: row?.oldestDueAt ? Math.max(0, (now.getTime() - row.oldestDueAt.getTime()) / 1000) : 0,
    };
  });
};

type PoolLike = { totalCount: number; idleCount: number; waitingCount: number };

const globalForCollected = globalThis as unknown as { linxCollectedMetrics?: boolean; linxPool?: PoolLike };

type QueueRead = Awaited<ReturnType<typeof readJobQueue>> | null;

/** Registers the scrape-time gauges once per process. */
const registerCollectedMetrics = () => {
  if (globalForCollected.linxCollectedMetrics) return;
  globalForCollected.linxCollectedMetrics = true;
  const { registry } = metrics();
  // The five queue gauges of one scrape share one read (prom-client collects them side by side).
  let read: { at: number; result: Promise<QueueRead> } | undefined;
  const queue = () => {
    if (!read || Date.now() - read.at > 1000) read = { at: Date.now(), result: readJobQueue().catch(() => null) };
    return read.result;
  };
  const laneGauge = (name: string, help: string, value: (lane: NonNullable<QueueRead>[number]) => number) =>
    new client.Gauge({
      name,
      help,
      labelNames: ["lane"] as const,
      registers: [registry],
      async collect() {
        const lanes = await queue();
        for (const lane of lanes ?? []) this.set({ lane: lane.lane }, value(lane));
      },
    });
  laneGauge("linx_jobs_due", "Jobs due to run and not held by any run, per lane", (lane) => lane.due);
  laneGauge("linx_jobs_running", "Jobs held by a run right now, per lane (all instances)", (lane) => lane.running);
  laneGauge("linx_jobs_retrying", "Due jobs that have failed at least once, per lane", (lane) => lane.retrying);
  laneGauge(
    "linx_jobs_oldest_due_age_seconds",
    "How long the oldest due job of each lane has waited",
    (lane) => lane.oldestDueAgeSeconds,
  );
  new client.Gauge({
    name: "linx_jobs_queue_read_ok",
    help: "1 when this scrape could read the job queue, 0 when the database did not answer",
    registers: [registry],
    async collect() {
      this.set((await queue()) ? 1 : 0);
    },
  });
  new client.Gauge({
    name: "linx_db_pool_connections",
    help: "This process's PostgreSQL pool: connections in use, idle, and requests waiting for one",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const pool = globalForCollected.linxPool;
      this.set({ state: "in_use" }, pool ? pool.totalCount - pool.idleCount : 0);
      this.set({ state: "idle" }, pool?.idleCount ?? 0);
      this.set({ state: "waiting" }, pool?.waitingCount ?? 0);
    },
  });
};

/** The exposition text and its content type. */
export const scrapeMetrics = async () => {
  registerCollectedMetrics();
  const { registry } = metrics();
  return { body: await registry.metrics(), contentType: registry.contentType };
};
