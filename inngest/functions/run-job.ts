import { runJob } from "../../server/services/jobs/run-job";
import { inngest } from "../client";
import { jobDue } from "../events";

/**
 * Runs one due job. runJob claims the row first, so a duplicate event does nothing; a handler's
 * failure is recorded on the row and retried by the sweep, so Inngest's own retries only cover
 * database hiccups around the claim and the result.
 */
export const runJobFunction = inngest.createFunction(
  { id: "run-job", triggers: [jobDue], retries: 3, concurrency: { limit: 20 } },
  async ({ event, step }) => step.run("run-job", () => runJob({ jobId: event.data.jobId })),
);
