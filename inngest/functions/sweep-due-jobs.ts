import { cron } from "inngest";
import { findDueJobs } from "@/server/jobs/claim-jobs";
import { LANES } from "@/server/jobs/job-lanes";
import { SWEEP_BATCH_SIZE } from "@/server/jobs/job-policy";
import { inngest } from "@/server/jobs/inngest/client";
import { laneJobEvent } from "@/server/jobs/inngest/events";

/**
 * Every minute, the safety net: find a bounded batch of due jobs in each lane (pending, or running
 * past their lease: an event lost, a run that died) and send each lane's event for them again.
 * It only reads; the runs claim. Anything beyond the batch is picked up by the next sweep.
 */
export const sweepDueJobs = inngest.createFunction(
  { id: "sweep-due-jobs", triggers: [cron("* * * * *")], concurrency: { limit: 1 } },
  async ({ step }) => {
    const due = await step.run("find-due-jobs", async () =>
      (await Promise.all(LANES.map((lane) => findDueJobs({ lane, limit: SWEEP_BATCH_SIZE }))))
        .flat()
        .map((job) => ({ ...job, runAt: job.runAt.toISOString() })),
    );
    if (due.length === 0) return { fannedOut: 0 };
    await step.sendEvent("fan-out-due-jobs", due.map(laneJobEvent));
    return { fannedOut: due.length };
  },
);
