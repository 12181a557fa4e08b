import { AppError } from "../../errors";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { sealIdempotencyClaim } from "../idempotency/idempotency-scope";
import { enqueueJob } from "../jobs/enqueue-job";
import { transactionWithJobs } from "../jobs/transaction-with-jobs";
import { emitWorkflowUpdated } from "../webhooks/domain-events";
import { MAX_EXPIRE_IN_HOURS } from "./create-workflow-input";
import { getWorkflow } from "./get-workflow";
import { loadActiveWorkflow } from "./load-active-workflow";

const HOUR_MS = 3_600_000;

/** Moves expireAt to `expireInHours` from now. Earlier expiry jobs find the new date and do nothing. */
export const extendWorkflow = async ({ businessId, workflowId, expireInHours, actor }: { businessId: string; workflowId: string; expireInHours: number; actor: Actor }) => {
  if (!Number.isInteger(expireInHours) || expireInHours < 1 || expireInHours > MAX_EXPIRE_IN_HOURS) {
    throw new AppError("UNPROCESSABLE", `expireInHours must be a whole number from 1 to ${MAX_EXPIRE_IN_HOURS}`, [{ path: "expireInHours", message: "out of range" }]);
  }
  await transactionWithJobs(async (tx, jobs) => {
    const workflow = await loadActiveWorkflow(tx, businessId, workflowId);
    const expireAt = new Date(Date.now() + expireInHours * HOUR_MS);
    await tx.workflow.update({ where: { id: workflowId }, data: { expireAt }, select: { id: true } });
    await enqueueJob(tx, { businessId, kind: "WORKFLOW_EXPIRE", subjectId: workflowId, runAt: expireAt });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "workflow.extended",
      targetType: "Workflow",
      targetId: workflowId,
      metadata: { from: workflow.expireAt.toISOString(), to: expireAt.toISOString() },
    });
    jobs.push(...(await emitWorkflowUpdated(tx, workflowId)));
    await sealIdempotencyClaim(tx);
  });
  return getWorkflow({ businessId, workflowId });
};
