import { jobHandler } from "../../jobs/job-handlers";
import { claimJob } from "./claim-job";
import { completeJob } from "./complete-job";
import { failJob } from "./fail-job";

export type RunJobResult =
  | { outcome: "skipped" }
  | { outcome: "done"; kind: string; attempt: number }
  | { outcome: "retry" | "failed"; kind: string; attempt: number; error: string };

const describeError = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Runs one job: claim it, hand it to the handler of its kind, record the result. Both triggers
 * call this: the Inngest function "run-job" and the in-process runner. A handler's error is
 * recorded on the row (and retried later), never thrown, so one bad job cannot stop a sweep;
 * only database errors propagate.
 */
export const runJob = async ({ jobId }: { jobId: string }): Promise<RunJobResult> => {
  const job = await claimJob({ jobId });
  if (!job) return { outcome: "skipped" };

  const handler = jobHandler(job.kind);
  let error: string | undefined;
  if (!handler) {
    error = `No handler is registered for job kind ${job.kind}`;
  } else {
    try {
      await handler(job);
    } catch (thrown) {
      error = describeError(thrown);
    }
  }

  if (error === undefined) {
    await completeJob({ jobId, attempt: job.attempts });
    return { outcome: "done", kind: job.kind, attempt: job.attempts };
  }
  // null: this run outlived its lease and another run holds the job now; it decides the outcome.
  const status = await failJob({ jobId, attempt: job.attempts, error });
  return { outcome: status === "FAILED" ? "failed" : "retry", kind: job.kind, attempt: job.attempts, error };
};
