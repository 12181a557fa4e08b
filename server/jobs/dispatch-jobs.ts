import { jobDueEvent } from "../../inngest/events";
import { inngest } from "../../inngest/client";
import { env } from "../env";
import { wakeInProcessRunner } from "./in-process-runner";

/**
 * The immediate path: after the transaction that enqueued jobs has committed, tell whichever
 * runner is active that they are due, so they run now rather than at the next sweep. Best
 * effort by design: the rows are the truth and the sweep finds them anyway, so a failure here is
 * logged and swallowed and never fails the request that caused the work.
 */
export const dispatchJobs = async (jobs: Array<{ id: string; runAt: Date }>) => {
  const due = jobs.filter((job) => job.runAt.getTime() <= Date.now());
  if (due.length === 0) return;
  if (env().jobRunner === "in-process") {
    wakeInProcessRunner();
    return;
  }
  try {
    await inngest.send(due.map(jobDueEvent));
  } catch (error) {
    console.warn(`[jobs] could not send ${due.length} job event(s) to Inngest; the sweep will pick them up: ${error instanceof Error ? error.message : String(error)}`);
  }
};
