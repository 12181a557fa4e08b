import type { JobKind } from "../generated/prisma/enums";
import type { JobHandler } from "./job-handler";
import { transactionAdvanceJob, transactionNotifyJob } from "./handlers/transaction-handlers";
import { webhookDeliverJob } from "./handlers/webhook-handlers";
import { workflowExpireJob, workflowRemindJob, workflowSendJob } from "./handlers/workflow-handlers";

// The registry of job handlers, one per JobKind. A later issue adds a kind by writing one file,
// server/jobs/handlers/<kind>.ts, exporting a JobHandler that calls its service, and one line
// here. A kind without a handler is not a crash: runJob records "no handler" and backs off,
// which also covers an old instance meeting a kind that a newer release introduced.
const handlers: Partial<Record<JobKind, JobHandler>> = {
  WORKFLOW_SEND: workflowSendJob,
  WORKFLOW_REMIND: workflowRemindJob,
  WORKFLOW_EXPIRE: workflowExpireJob,
  TRANSACTION_ADVANCE: transactionAdvanceJob,
  TRANSACTION_NOTIFY: transactionNotifyJob,
  WEBHOOK_DELIVER: webhookDeliverJob,
};

// Tests (and only tests) swap handlers in; production code registers above.
// A null override stands for "no handler registered".
const overrides = new Map<JobKind, JobHandler | null>();

export const jobHandler = (kind: JobKind): JobHandler | undefined =>
  overrides.has(kind) ? (overrides.get(kind) ?? undefined) : handlers[kind];

/** Replaces the handler of `kind` (null: none) until the returned function is called. For tests. */
export const overrideJobHandler = (kind: JobKind, handler: JobHandler | null) => {
  overrides.set(kind, handler);
  return () => {
    if (overrides.get(kind) === handler) overrides.delete(kind);
  };
};
