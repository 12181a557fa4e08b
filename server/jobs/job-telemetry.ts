import { maskPhoneNumbers } from "@/server/logging/describe-error";
import { logger } from "@/server/observability/logger";
import { metrics } from "@/server/observability/metrics";
import type { JobKind, JobLane } from "@/server/generated/prisma/enums";

// What a settled job run tells whoever operates LinX: one log line (kind, lane, attempt, outcome,
// duration) and the job counters. Called once per outcome where the outcome is written
// (settleJobs), so the lane runner and the Inngest lane functions report alike.

const jobsLog = () => logger("jobs");

// The shapes settle-jobs.ts writes (repeated here, not imported: settle-jobs.ts calls this file).
type SettledStatus = "DONE" | "PENDING" | "FAILED";
type SettledOutcome = {
  jobId: string;
  attempt: number;
  ok: boolean;
  error?: string;
  run?: { kind: JobKind; lane: JobLane; durationMs: number };
};

/** done, retry (failed, due again), failed (for good) or lost (its claim had passed on: another run decides). */
const outcomeName = (outcome: SettledOutcome, status: SettledStatus | undefined) =>
  !status ? "lost" : outcome.ok ? "done" : status === "FAILED" ? "failed" : "retry";

export const recordJobRuns = (outcomes: readonly SettledOutcome[], statuses: ReadonlyMap<string, SettledStatus>) => {
  const { jobRuns, jobDuration } = metrics();
  const log = jobsLog();
  for (const outcome of outcomes) {
    const run = outcome.run;
    if (!run) continue;
    const name = outcomeName(outcome, statuses.get(outcome.jobId));
    jobRuns.inc({ kind: run.kind, lane: run.lane, outcome: name });
    jobDuration.observe({ kind: run.kind, lane: run.lane }, run.durationMs / 1000);
    const fields = {
      jobId: outcome.jobId,
      kind: run.kind,
      lane: run.lane,
      attempt: outcome.attempt,
      outcome: name,
      durationMs: Math.round(run.durationMs * 10) / 10,
    };
    if (outcome.ok) log.info(fields, "job run");
    // The error text was masked where it was made (run-job.ts); masked again in case a handler quoted a number.
    else
      log.warn(
        { ...fields, error: maskPhoneNumbers((outcome.error ?? "").split("\n")[0] ?? "").slice(0, 300) },
        "job run failed",
      );
  }
};
