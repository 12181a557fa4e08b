import { eventType } from "inngest";
import { z } from "zod";

// One event per lane: a ScheduledJob of that lane is due. It carries the job's id (the run
// reloads and claims the row) and its concurrency key (a webhook delivery's endpoint), which the
// lane's function limits per key.

const jobDueData = z.object({ jobId: z.string().min(1), concurrencyKey: z.string().nullable() });

export const messagesJobDue = eventType("linx/messages.job-due", { schema: jobDueData });
export const expiryJobDue = eventType("linx/expiry.job-due", { schema: jobDueData });
export const paymentsJobDue = eventType("linx/payments.job-due", { schema: jobDueData });
export const webhooksJobDue = eventType("linx/webhooks.job-due", { schema: jobDueData });

const LANE_EVENTS = {
  MESSAGES: messagesJobDue,
  EXPIRY: expiryJobDue,
  PAYMENTS: paymentsJobDue,
  WEBHOOKS: webhooksJobDue,
} as const;

/**
 * Inngest drops an event whose id it has seen in the last 24 h. Keyed by job and due time, so two
 * sweeps that see the same pending job send it once, while a retry (a new runAt) is sent anew.
 */
export const laneJobEvent = (job: {
  id: string;
  runAt: Date | string;
  lane: keyof typeof LANE_EVENTS;
  concurrencyKey: string | null;
}) =>
  LANE_EVENTS[job.lane].create(
    { jobId: job.id, concurrencyKey: job.concurrencyKey },
    { id: `job-${job.id}-${new Date(job.runAt).getTime()}` },
  );
