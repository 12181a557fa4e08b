import type { Prisma } from "../../generated/prisma/client";
import type { JobKind } from "../../generated/prisma/enums";
import type { Tx } from "../../db";
import { newId } from "../../db/new-id";

export type EnqueueJobInput = {
  businessId: string;
  kind: JobKind;
  /** The workflow, transaction or webhook delivery the job acts on. */
  subjectId: string;
  /** When the job is due; now when omitted. */
  runAt?: Date;
  /** Small and id-only: handlers reload fresh state from the subject. */
  payload?: Prisma.InputJsonValue;
};

/** What dispatchJobs() needs of a job that was enqueued. */
export type QueuedJob = { id: string; runAt: Date };

/**
 * Records jobs inside the caller's transaction, so a job exists exactly when the change that
 * caused it does (DESIGN.md, "Jobs"). Nothing runs them yet: a sweep finds them when they are
 * due, or the caller passes the result to dispatchJobs() after commit to run them at once.
 *
 * One statement however many jobs, in hand-written SQL: nearly every change enqueues, and Prisma
 * compiles each query anew. Ids and times are made here, so nothing needs reading back.
 */
export const enqueueJobs = async (tx: Tx, jobs: EnqueueJobInput[]): Promise<QueuedJob[]> => {
  if (jobs.length === 0) return [];
  const now = new Date();
  const queued = jobs.map((job) => ({ ...job, id: newId(), runAt: job.runAt ?? now }));
  await tx.$executeRaw`
    INSERT INTO "ScheduledJob" ("id", "businessId", "kind", "subjectId", "runAt", "payload", "createdAt")
    SELECT "id", "businessId", "kind"::"JobKind", "subjectId", "runAt", "payload", ${now.toISOString()}::timestamp(3)
    FROM unnest(
      ${queued.map((job) => job.id)}::text[], ${queued.map((job) => job.businessId)}::text[], ${queued.map((job) => job.kind)}::text[],
      ${queued.map((job) => job.subjectId)}::text[], ${queued.map((job) => job.runAt.toISOString())}::timestamp(3)[],
      ${queued.map((job) => (job.payload === undefined ? null : JSON.stringify(job.payload)))}::jsonb[]
    ) AS job("id", "businessId", "kind", "subjectId", "runAt", "payload")`;
  return queued.map(({ id, runAt }) => ({ id, runAt }));
};

/** enqueueJobs for one job. */
export const enqueueJob = async (tx: Tx, job: EnqueueJobInput): Promise<QueuedJob> => (await enqueueJobs(tx, [job]))[0]!;
