import { db } from "../../db";
import { JOB_MAX_ATTEMPTS, retryDelayMs } from "../../jobs/job-policy";

export type FailJobInput = {
  jobId: string;
  /** The attempt this run claimed (see completeJob). */
  attempt: number;
  error: string;
  /** When to try again; default: exponential back-off from the attempt count. */
  retryAt?: Date;
};

const MAX_ERROR_LENGTH = 2000;

/**
 * Records a failed run. The job is due again after a back-off, or FAILED for good once it has
 * used JOB_MAX_ATTEMPTS attempts. Returns the new status, or null when the claim had passed on.
 */
export const failJob = async ({ jobId, attempt, error, retryAt }: FailJobInput) => {
  const lastError = error.slice(0, MAX_ERROR_LENGTH);
  const givesUp = attempt >= JOB_MAX_ATTEMPTS;
  const { count } = await db().scheduledJob.updateMany({
    where: { id: jobId, status: "RUNNING", attempts: attempt },
    data: givesUp
      ? { status: "FAILED", completedAt: new Date(), lastError }
      : { status: "PENDING", runAt: retryAt ?? new Date(Date.now() + retryDelayMs(attempt)), lastError },
  });
  if (count === 0) return null;
  return givesUp ? ("FAILED" as const) : ("PENDING" as const);
};
