import { claimJob } from "./claim-jobs";
import type { ClaimedJob } from "./job-handler";
import { jobBatchHandler, jobHandler, runsInBatches } from "./job-registry";
import { settleJobs, type JobOutcome, type SettledStatus } from "./settle-jobs";

export type RunJobResult =
  | { outcome: "skipped" }
  | { outcome: "done"; kind: string; attempt: number }
  | { outcome: "retry" | "failed"; kind: string; attempt: number; error: string };

const describeError = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

const runOf = (job: ClaimedJob, started: number) => ({
  kind: job.kind,
  lane: job.lane,
  durationMs: performance.now() - started,
});

/**
 * Runs a claimed job's handler and says how it went, without writing anything: the caller settles
 * the outcome (the lane runner writes many at once). A handler's error becomes a failed outcome,
 * never a throw, so one bad job cannot stop the others.
 */
const executeJob = async (job: ClaimedJob): Promise<JobOutcome> => {
  const started = performance.now();
  try {
    const handler = await jobHandler(job.kind);
    if (!handler)
      return {
        jobId: job.id,
        attempt: job.attempts,
        ok: false,
        error: `No handler is registered for job kind ${job.kind}`,
        run: runOf(job, started),
      };
    await handler(job);
    return { jobId: job.id, attempt: job.attempts, ok: true, run: runOf(job, started) };
  } catch (error) {
    return { jobId: job.id, attempt: job.attempts, ok: false, error: describeError(error), run: runOf(job, started) };
  }
};

/**
 * Runs jobs of one kind together when the kind has a batch handler (webhook deliveries to one
 * endpoint), else each on its own, side by side. Never throws; one outcome per job, in order.
 */
export const executeJobs = async (jobs: ClaimedJob[]): Promise<JobOutcome[]> => {
  const batch = jobs.length > 1 ? await jobBatchHandler(jobs[0]!.kind).catch(() => undefined) : undefined;
  if (!batch) return Promise.all(jobs.map(executeJob));
  const started = performance.now();
  try {
    await batch(jobs);
    return jobs.map((job) => ({ jobId: job.id, attempt: job.attempts, ok: true, run: runOf(job, started) }));
  } catch (error) {
    return jobs.map((job) => ({
      jobId: job.id,
      attempt: job.attempts,
      ok: false,
      error: describeError(error),
      run: runOf(job, started),
    }));
  }
};

/** The jobs of a claim in the groups the runner hands over at once: a batch-run kind's jobs by concurrency key, any other job alone. */
export const groupForRunning = (jobs: ClaimedJob[]) => {
  const groups = new Map<string, ClaimedJob[]>();
  for (const job of jobs) {
    const key = runsInBatches(job.kind) ? `${job.kind}:${job.concurrencyKey ?? ""}` : job.id;
    groups.set(key, [...(groups.get(key) ?? []), job]);
  }
  return [...groups.values()];
};

/** How a settled outcome reads to a caller: done, to be retried, or failed for good. */
export const resultOf = (job: ClaimedJob, outcome: JobOutcome, status: SettledStatus | null): RunJobResult =>
  outcome.ok
    ? { outcome: "done", kind: job.kind, attempt: job.attempts }
    : {
        outcome: status === "FAILED" ? "failed" : "retry",
        kind: job.kind,
        attempt: job.attempts,
        error: outcome.error,
      };

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
