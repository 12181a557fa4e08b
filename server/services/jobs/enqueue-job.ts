import type { Prisma } from "../../generated/prisma/client";
import type { JobKind } from "../../generated/prisma/enums";
import type { Tx } from "../../db";

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
 * Records a job inside the caller's transaction, so the job exists exactly when the change that
 * caused it does (DESIGN.md, "Jobs"). Nothing runs it yet: a sweep finds it when it is due, or
 * the caller passes the result to dispatchJobs() after commit to run it at once.
 */
export const enqueueJob = (tx: Tx, { businessId, kind, subjectId, runAt, payload }: EnqueueJobInput): Promise<QueuedJob> =>
  tx.scheduledJob.create({
    data: { businessId, kind, subjectId, runAt: runAt ?? new Date(), payload },
    select: { id: true, runAt: true },
  });

/** enqueueJob for many jobs in one statement (one per webhook delivery of an event, say). */
export const enqueueJobs = async (tx: Tx, jobs: EnqueueJobInput[]): Promise<QueuedJob[]> => {
  if (jobs.length === 0) return [];
  return tx.scheduledJob.createManyAndReturn({
    data: jobs.map(({ businessId, kind, subjectId, runAt, payload }) => ({ businessId, kind, subjectId, runAt: runAt ?? new Date(), payload })),
    select: { id: true, runAt: true },
  });
};
