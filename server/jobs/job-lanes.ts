import type { JobKind, JobLane } from "../generated/prisma/enums";

// The runner's lanes (DESIGN.md, "Jobs"). Each lane claims and runs its own jobs with its own
// concurrency, so a customer's text never waits behind a webhook delivery, nor a payment step
// behind either. In production each lane is an Inngest function with the same limits
// (inngest/functions/lane-functions.ts).

export const LANE_OF_KIND: Record<JobKind, JobLane> = {
  WORKFLOW_SEND: "MESSAGES",
  WORKFLOW_REMIND: "MESSAGES",
  TRANSACTION_NOTIFY: "MESSAGES",
  WORKFLOW_EXPIRE: "EXPIRY",
  TRANSACTION_ADVANCE: "PAYMENTS",
  WEBHOOK_DELIVER: "WEBHOOKS",
};

export type LaneLimits = {
  /** Jobs of the lane running at once in one process. */
  concurrency: number;
  /** Jobs with the same concurrency key running at once (a webhook endpoint): a hanging one holds only these slots. */
  perKey?: number;
};

export const LANE_LIMITS: Record<JobLane, LaneLimits> = {
  MESSAGES: { concurrency: 32 },
  EXPIRY: { concurrency: 4 },
  PAYMENTS: { concurrency: 8 },
  WEBHOOKS: { concurrency: 256, perKey: 32 },
};

export const LANES = Object.keys(LANE_LIMITS) as JobLane[];
