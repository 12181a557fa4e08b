import type { JobLane } from "@/server/generated/prisma/enums";
import { claimDueJobs } from "./claim-jobs";
import { LANE_LIMITS, LANES } from "./job-lanes";
import { executeJobs, groupForRunning, resultOf, type RunJobResult } from "./run-job";
import { settleJobs } from "./settle-jobs";

export type RunDueJobsOptions = {
  /** Only this business's jobs (tests share one database). */
  businessId?: string;
  lanes?: JobLane[];
};

/**
 * One pass over the lanes, in the foreground: claim what is due in each lane (up to its
 * concurrency and per-key cap), run it all at once, settle it in one statement. What tests and
 * scripts call to run due work now and see what happened; the app runs the lanes continuously
 * (in-process-runner.ts) or through Inngest.
 */
export const runDueJobs = async ({ businessId, lanes = LANES }: RunDueJobsOptions = {}): Promise<RunJobResult[]> => {
  const results = await Promise.all(
    lanes.map(async (lane) => {
      const { concurrency, perKey } = LANE_LIMITS[lane];
      const jobs = await claimDueJobs({ lane, limit: concurrency, perKey, businessId });
      const outcomes = (await Promise.all(groupForRunning(jobs).map(executeJobs))).flat();
      const byJob = new Map(outcomes.map((outcome) => [outcome.jobId, outcome]));
      const statuses = await settleJobs(outcomes);
      return jobs.map((job) => resultOf(job, byJob.get(job.id)!, statuses.get(job.id) ?? null));
    }),
  );
  return results.flat();
};
