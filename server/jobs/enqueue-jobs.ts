import { Prisma } from "@/server/generated/prisma/client";
import type { JobKind, JobLane } from "@/server/generated/prisma/enums";
import { newId } from "@/server/db/new-id";
import { LANE_OF_KIND } from "./job-lanes";

export type JobInput = {
  /** Null for work of no business (a password reset email). */
  businessId: string | null;
  kind: JobKind;
  /** The workflow, transaction or webhook delivery the job acts on. */
  subjectId: string;
  /** When the job is due; now when omitted. */
  runAt?: Date;
  /** Small and id-only: handlers reload fresh state from the subject. */
  payload?: Prisma.InputJsonValue;
  /** Jobs sharing a key share their lane's per-key cap (LANE_LIMITS). */
  concurrencyKey?: string;
};

/** What the runner needs of a job that was enqueued, to start it after commit. */
export type QueuedJob = { id: string; runAt: Date; lane: JobLane; concurrencyKey: string | null };

/**
 * The INSERT of `jobs` as one statement, and the jobs as they will be queued. Ids and times are
 * made here, so nothing needs reading back; the statement runs in the caller's transaction (a
 * unit of work), or as a part of a larger statement (createWorkflow), written only when `gate` holds.
 */
export const insertJobsStatement = (jobs: JobInput[], now = new Date(), gate: Prisma.Sql = Prisma.sql`TRUE`) => {
  const queued = jobs.map((job) => ({
    ...job,
    id: newId(),
    runAt: job.runAt ?? now,
    lane: LANE_OF_KIND[job.kind],
    concurrencyKey: job.concurrencyKey ?? null,
  }));
  const statement = Prisma.sql`
    INSERT INTO "ScheduledJob" ("id", "businessId", "kind", "lane", "subjectId", "concurrencyKey", "runAt", "payload", "createdAt")
    SELECT "id", "businessId", "kind"::"JobKind", "lane"::"JobLane", "subjectId", "concurrencyKey", "runAt", "payload", ${now.toISOString()}::timestamp(3)
    FROM unnest(
      ${queued.map((job) => job.id)}::text[], ${queued.map((job) => job.businessId)}::text[], ${queued.map((job) => job.kind)}::text[],
      ${queued.map((job) => job.lane)}::text[], ${queued.map((job) => job.subjectId)}::text[], ${queued.map((job) => job.concurrencyKey)}::text[],
      ${queued.map((job) => job.runAt.toISOString())}::timestamp(3)[],
      ${queued.map((job) => (job.payload === undefined ? null : JSON.stringify(job.payload)))}::jsonb[]
    ) AS job("id", "businessId", "kind", "lane", "subjectId", "concurrencyKey", "runAt", "payload")
    WHERE ${gate}`;
  return {
    statement,
    queued: queued.map(({ id, runAt, lane, concurrencyKey }): QueuedJob => ({ id, runAt, lane, concurrencyKey })),
  };
};
