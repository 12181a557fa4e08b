import { runJob } from "@/server/jobs/run-job";
import { LANE_LIMITS } from "@/server/jobs/job-lanes";
import { inngest } from "@/server/jobs/inngest/client";
import { expiryJobDue, messagesJobDue, paymentsJobDue, webhooksJobDue } from "@/server/jobs/inngest/events";

// The runner's lanes in production: one Inngest function per lane, each with the lane's own
// concurrency (and, for webhook deliveries, a cap per endpoint), triggered by the event a unit of
// work sends after commit. runJob claims the row first, so a duplicate event does nothing; a
// handler's failure is recorded on the row and sent again by the sweep, so Inngest's own retries
// only cover database hiccups around the claim and the result.

export const customerMessages = inngest.createFunction(
  {
    id: "lane-messages",
    triggers: [messagesJobDue],
    retries: 3,
    concurrency: { limit: LANE_LIMITS.MESSAGES.concurrency },
  },
  async ({ event, step }) => step.run("run-job", () => runJob({ jobId: event.data.jobId })),
);

export const linkExpiry = inngest.createFunction(
  { id: "lane-expiry", triggers: [expiryJobDue], retries: 3, concurrency: { limit: LANE_LIMITS.EXPIRY.concurrency } },
  async ({ event, step }) => step.run("run-job", () => runJob({ jobId: event.data.jobId })),
);

export const paymentSteps = inngest.createFunction(
  {
    id: "lane-payments",
    triggers: [paymentsJobDue],
    retries: 3,
    concurrency: { limit: LANE_LIMITS.PAYMENTS.concurrency },
  },
  async ({ event, step }) => step.run("run-job", () => runJob({ jobId: event.data.jobId })),
);

export const webhookDeliveries = inngest.createFunction(
  {
    id: "lane-webhooks",
    triggers: [webhooksJobDue],
    retries: 3,
    concurrency: [
      { limit: LANE_LIMITS.WEBHOOKS.concurrency },
      { limit: LANE_LIMITS.WEBHOOKS.perKey ?? 1, key: "event.data.concurrencyKey" },
    ],
  },
  async ({ event, step }) => step.run("run-job", () => runJob({ jobId: event.data.jobId })),
);

export const laneFunctions = [customerMessages, linkExpiry, paymentSteps, webhookDeliveries];
