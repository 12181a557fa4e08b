import { claimJob } from "./claim-jobs";
import type { ClaimedJob } from "./job-handler";
import { jobHandler } from "./job-registry";
import { settleJobs, type JobOutcome, type SettledStatus } from "./settle-jobs";

export type RunJobResult =
  | { outcome: "skipped" }
  | { outcome: "done"; kind: string; attempt: number }
  | { outcome: "retry" | "failed"; kind: string; attempt: number; error: string };

const describeError = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Runs a claimed job's handler and says how it went, without writing anything: the caller settles
 * the outcome (the lane runner writes many at once). A handler's error becomes a failed outcome,
 * never a throw, so one bad job cannot stop the others.
 */
export const executeJob = async (job: ClaimedJob): Promise<JobOutcome> => {
  try {
    const handler = await jobHandler(job.kind);
    if (!handler) return { jobId: job.id, attempt: job.attempts, ok: false, error: `No handler is registered for job kind ${job.kind}` };
    await handler(job);
    return { jobId: job.id, attempt: job.attempts, ok: true };
  } catch (error) {
    return { jobId: job.id, attempt: job.attempts, ok: false, error: describeError(error) };
  }
};

/** How a settled outcome reads to a caller: done, to be retried, or failed for good. */
export const resultOf = (job: ClaimedJob, outcome: JobOutcome, status: SettledStatus | null): RunJobResult =>
  outcome.ok
    ? { outcome: "done", kind: job.kind, attempt: job.attempts }
    : { outcome: status === "FAILED" ? "failed" : "retry", kind: job.kind, attempt: job.attempts, error: outcome.error };

/**
 * Runs one job by id: claim, handle, settle. The Inngest lane functions call it with the id their
 * event carries; a duplicate event, or a job another run holds, is "skipped".
 */
export const runJob = async ({ jobId }: { jobId: string }): Promise<RunJobResult> => {
  const job = await claimJob({ jobId });
  if (!job) return { outcome: "skipped" };
  const outcome = await executeJob(job);
  // A missing status: this run outlived its lease and another run holds the job now; it decides.
  const status = (await settleJobs([outcome])).get(job.id) ?? null;
  return resultOf(job, outcome, status);
};
