import { findDueJobs } from "../services/jobs/find-due-jobs";
import { runJob, type RunJobResult } from "../services/jobs/run-job";
import { SWEEP_BATCH_SIZE } from "./job-policy";

const PARALLEL_RUNS = 4;

export type RunDueJobsOptions = {
  limit?: number;
  /** Only this business's jobs (tests share one database). */
  businessId?: string;
};

/**
 * The in-process trigger's whole work: the same sweep the Inngest cron runs (findDueJobs), then
 * the same runJob the Inngest function runs, a few at a time instead of one event each.
 */
export const runDueJobs = async ({ limit = SWEEP_BATCH_SIZE, businessId }: RunDueJobsOptions = {}) => {
  const due = await findDueJobs({ limit, businessId });
  const results: RunJobResult[] = [];
  for (let i = 0; i < due.length; i += PARALLEL_RUNS) {
    const batch = due.slice(i, i + PARALLEL_RUNS);
    results.push(...(await Promise.all(batch.map((job) => runJob({ jobId: job.id })))));
  }
  return results;
};
