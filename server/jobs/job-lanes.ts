import type { JobKind, JobLane } from "@/server/generated/prisma/enums";

// The runner's lanes (ARCHITECTURE.md, "The path of one job"). Each lane claims and runs its own jobs with its own
// concurrency, so a customer's text never waits behind a webhook delivery, nor a payment step
// behind either. In production each lane is an Inngest function with the same limits
// (inngest/functions/lane-functions.ts).

export const LANE_OF_KIND: Record<JobKind, JobLane> = {
  WORKFLOW_SEND: "MESSAGES",
  WORKFLOW_REMIND: "MESSAGES",
  TRANSACTION_NOTIFY: "MESSAGES",
  EMAIL_SEND: "MESSAGES",
  WORKFLOW_EXPIRE: "EXPIRY",
  TRANSACTION_ADVANCE: "PAYMENTS",
  WEBHOOK_DELIVER: "WEBHOOKS",
};

export type LaneLimits = {
  /** Jobs of the lane running at once in one process. */
  concurrency: number;
  /** Jobs with the same concurrency key running at once (a webhook endpoint): a hanging one holds only these slots. */
  perKey?: number;
  /**
   * How long a claim holds a job: a runner that dies leaves its jobs due again after this. Longer
   * than the lane's slowest job (a webhook attempt times out at 15 s); short for texts, so a
   * customer whose text a crashed instance had taken waits seconds, not minutes.
   */
  leaseMs: number;
};

export const LANE_LIMITS: Record<JobLane, LaneLimits> = {
  MESSAGES: { concurrency: 32, leaseMs: 20_000 },
  EXPIRY: { concurrency: 4, leaseMs: 60_000 },
  PAYMENTS: { concurrency: 8, leaseMs: 120_000 },
  WEBHOOKS: { concurrency: 256, perKey: 32, leaseMs: 60_000 },
};

export const LANES = Object.keys(LANE_LIMITS) as JobLane[];
