import type { JobKind } from "@/server/generated/prisma/enums";
import type { JobBatchHandler, JobHandler } from "./job-handler";

// The handler of each kind, imported when a job of that kind first runs: the runner does not load
// the domain until it needs it, and nothing the domain imports can lead back here. A kind is added
// by writing server/jobs/handlers/<kind>.ts and one line below. A kind without a handler is not a
// crash: the job records "no handler" and backs off, which also covers an old instance meeting a
// kind that a newer release introduced.
const loaders: Record<JobKind, () => Promise<JobHandler>> = {
  WORKFLOW_SEND: async () => (await import("@/server/jobs/handlers/workflow-send")).workflowSendJob,
  WORKFLOW_REMIND: async () => (await import("@/server/jobs/handlers/workflow-remind")).workflowRemindJob,
  WORKFLOW_EXPIRE: async () => (await import("@/server/jobs/handlers/workflow-expire")).workflowExpireJob,
  TRANSACTION_ADVANCE: async () => (await import("@/server/jobs/handlers/transaction-advance")).transactionAdvanceJob,
  TRANSACTION_NOTIFY: async () => (await import("@/server/jobs/handlers/transaction-notify")).transactionNotifyJob,
  EMAIL_SEND: async () => (await import("@/server/jobs/handlers/email-send")).emailSendJob,
  WEBHOOK_DELIVER: async () => {
    const batch = await loadBatchHandler("WEBHOOK_DELIVER");
    return (job) => batch!([job]);
  },
};

// Kinds whose jobs the runner hands over together, grouped by concurrency key (a webhook endpoint).
const batchLoaders: Partial<Record<JobKind, () => Promise<JobBatchHandler>>> = {
  WEBHOOK_DELIVER: async () => (await import("@/server/jobs/handlers/webhook-deliver")).webhookDeliverJobs,
};

const loadBatchHandler = (kind: JobKind) => batchLoaders[kind]?.();

/** Whether the runner may hand jobs of `kind` to one batch handler. */
export const runsInBatches = (kind: JobKind) => kind in batchLoaders && !overrides.has(kind);

/** The batch handler of `kind`, when it has one and no test replaced its handler. */
export const jobBatchHandler = async (kind: JobKind): Promise<JobBatchHandler | undefined> =>
  runsInBatches(kind) ? loadBatchHandler(kind) : undefined;

// Tests (and only tests) swap handlers in; a null override stands for "no handler registered".
const overrides = new Map<JobKind, JobHandler | null>();

export const jobHandler = async (kind: JobKind): Promise<JobHandler | undefined> =>
  overrides.has(kind) ? (overrides.get(kind) ?? undefined) : loaders[kind]?.();

/** Replaces the handler of `kind` (null: none) until the returned function is called. For tests. */
export const overrideJobHandler = (kind: JobKind, handler: JobHandler | null) => {
  overrides.set(kind, handler);
  return () => {
    if (overrides.get(kind) === handler) overrides.delete(kind);
  };
};
