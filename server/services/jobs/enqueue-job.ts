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

/**
 * Records a job inside the caller's transaction, so the job exists exactly when the change that
 * caused it does (DESIGN.md, "Jobs"). Nothing runs it yet: a sweep finds it when it is due, or
 * the caller passes the result to dispatchJobs() after commit to run it at once.
 */
export const enqueueJob = (tx: Tx, { businessId, kind, subjectId, runAt, payload }: EnqueueJobInput) =>
  tx.scheduledJob.create({
    data: { businessId, kind, subjectId, runAt: runAt ?? new Date(), payload },
    select: { id: true, runAt: true },
  });
