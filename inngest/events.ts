import { eventType } from "inngest";
import { z } from "zod";

/** A ScheduledJob is due. Carries only the id: the run reloads the row and claims it. */
export const jobDue = eventType("linx/job.due", { schema: z.object({ jobId: z.string().min(1) }) });

/**
 * Inngest drops an event whose id it has seen in the last 24 h. Keyed by job and due time, so
 * two sweeps that see the same pending job send it once, while a retry (a new runAt) is sent anew.
 */
export const jobDueEvent = (job: { id: string; runAt: Date | string }) =>
  jobDue.create({ jobId: job.id }, { id: `job-${job.id}-${new Date(job.runAt).getTime()}` });
