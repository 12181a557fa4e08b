import { cron } from "inngest";
import { SWEEP_BATCH_SIZE } from "../../server/jobs/job-policy";
import { findDueJobs } from "../../server/services/jobs/find-due-jobs";
import { inngest } from "../client";
import { jobDueEvent } from "../events";

/**
 * Every minute: find a bounded batch of due jobs and fan out one "linx/job.due" each. It only
 * reads; the runs claim. Anything beyond the batch is picked up by the next sweep.
 */
export const sweepDueJobs = inngest.createFunction(
  { id: "sweep-due-jobs", triggers: [cron("* * * * *")], concurrency: { limit: 1 } },
  async ({ step }) => {
    const due = await step.run("find-due-jobs", async () =>
      (await findDueJobs({ limit: SWEEP_BATCH_SIZE })).map((job) => ({ id: job.id, runAt: job.runAt.toISOString() })),
    );
    if (due.length === 0) return { fannedOut: 0 };
    await step.sendEvent("fan-out-due-jobs", due.map(jobDueEvent));
    return { fannedOut: due.length };
  },
);
