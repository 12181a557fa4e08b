import { Prisma } from "@/server/generated/prisma/client";
import { sql } from "@/server/db/sql";
import type { JobKind, JobLane } from "@/server/generated/prisma/enums";
import { JOB_MAX_ATTEMPTS, retryDelayMs } from "./job-policy";
import { recordJobRuns } from "./job-telemetry";

// What became of claimed jobs, written for many jobs in one statement. Each row names the attempt
// its run claimed: a run that outlived its lease cannot settle a newer claim's job.

/** What the run was, for the log and the metrics (run-job.ts fills it in). */
type JobRunInfo = { kind: JobKind; lane: JobLane; durationMs: number };

export type JobOutcome =
  | { jobId: string; attempt: number; ok: true; run?: JobRunInfo }
  | { jobId: string; attempt: number; ok: false; error: string; retryAt?: Date; run?: JobRunInfo };

export type SettledStatus = "DONE" | "PENDING" | "FAILED";

const MAX_ERROR_LENGTH = 2000;

const statusAfter = (outcome: JobOutcome): SettledStatus =>
  outcome.ok ? "DONE" : outcome.attempt >= JOB_MAX_ATTEMPTS ? "FAILED" : "PENDING";

/**
 * Settles many jobs in one statement: DONE, due again after a back-off (or at `retryAt`), or
 * FAILED for good once JOB_MAX_ATTEMPTS are used. Returns each settled job's new status; a job
 * whose claim had passed on is missing from the map.
 */
export const settleJobs = async (outcomes: JobOutcome[], now = new Date()): Promise<Map<string, SettledStatus>> => {
  if (outcomes.length === 0) return new Map();
  const rows = outcomes.map((outcome) => {
    const status = statusAfter(outcome);
    const runAt =
      !outcome.ok && status === "PENDING"
        ? (outcome.retryAt ?? new Date(now.getTime() + retryDelayMs(outcome.attempt)))
        : null;
    return {
      id: outcome.jobId,
      attempt: outcome.attempt,
      status,
      runAt: runAt?.toISOString() ?? null,
      error: outcome.ok ? null : outcome.error.slice(0, MAX_ERROR_LENGTH),
    };
  });
  const settled = await sql<{ id: string; status: SettledStatus }>(Prisma.sql`
    UPDATE "ScheduledJob" AS job SET
      "status" = outcome."status"::"JobStatus",
      "runAt" = coalesce(outcome."runAt", job."runAt"),
      "completedAt" = CASE WHEN outcome."status" = 'PENDING' THEN NULL ELSE ${now.toISOString()}::timestamp(3) END,
      "lastError" = outcome."error"
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.attempt)}::int[], ${rows.map((r) => r.status)}::text[],
      ${rows.map((r) => r.runAt)}::timestamp(3)[], ${rows.map((r) => r.error)}::text[]) AS outcome("id", "attempt", "status", "runAt", "error")
    WHERE job."id" = outcome."id" AND job."status" = 'RUNNING' AND job."attempts" = outcome."attempt"
    RETURNING job."id", job."status"::text`);
  const statuses = new Map(settled.map((row) => [row.id, row.status]));
  recordJobRuns(outcomes, statuses);
  return statuses;
};

/**
 * Collects outcomes from jobs finishing at about the same time and writes them together: one
 * statement for everything that finished in the same turn of the event loop (at most `maxBatch`).
 * `settle` resolves with the job's new status once its batch is written.
 */
export const createOutcomeWriter = ({ maxBatch = 500 }: { maxBatch?: number } = {}) => {
  const waiting: Array<{
    outcome: JobOutcome;
    resolve: (status: SettledStatus | null) => void;
    reject: (error: unknown) => void;
  }> = [];
  let scheduled = false;
  const flush = async () => {
    scheduled = false;
    const batch = waiting.splice(0, maxBatch);
    if (waiting.length > 0) schedule();
    try {
      const statuses = await settleJobs(batch.map((entry) => entry.outcome));
      for (const entry of batch) entry.resolve(statuses.get(entry.outcome.jobId) ?? null);
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => void flush());
  };
  return {
    settle: (outcome: JobOutcome) =>
      new Promise<SettledStatus | null>((resolve, reject) => {
        waiting.push({ outcome, resolve, reject });
        schedule();
      }),
    /** Outcomes not yet written (for a clean shutdown). */
    pending: () => waiting.length,
  };
};
