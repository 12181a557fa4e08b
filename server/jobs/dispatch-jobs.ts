import { inngest } from "@/server/jobs/inngest/client";
import { laneJobEvent } from "@/server/jobs/inngest/events";
import { env } from "@/server/env";
import { logger } from "@/server/observability/logger";
import type { QueuedJob } from "./enqueue-jobs";
import { announceJobs } from "./job-wake";

/**
 * After the transaction that enqueued jobs has committed: tell the active trigger that they exist,
 * so that the due ones run now rather than at the next sweep. Best effort by design: the rows are
 * the truth and the sweep finds them anyway, so a failure here is logged and swallowed and never
 * fails the request that caused the work.
 */
export const dispatchJobs = async (jobs: QueuedJob[]) => {
  if (jobs.length === 0) return;
  if (env().jobRunner === "in-process") {
    announceJobs(jobs);
    return;
  }
  const due = jobs.filter((job) => job.runAt.getTime() <= Date.now());
  if (due.length === 0) return;
  try {
    await inngest.send(due.map(laneJobEvent));
  } catch (error) {
    logger("jobs").warn(
      { count: due.length, err: error },
      "could not send job events to Inngest; the sweep will pick them up",
    );
  }
};
