import "server-only";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { emitWorkflowUpdated } from "@/server/services/webhooks/domain-events";
import { MAX_EXPIRE_IN_HOURS } from "@/server/contracts/workflows/create-workflow-input";
import { getWorkflow } from "./get-workflow";
import { loadActiveWorkflow } from "./load-active-workflow";
import { inUnitOfWork } from "@/server/work/unit-of-work";

const HOUR_MS = 3_600_000;

/** Moves expireAt to `expireInHours` from now. Earlier expiry jobs find the new date and do nothing. */
export const extendWorkflow = async ({
  businessId,
  workflowId,
  expireInHours,
  actor,
}: {
  businessId: string;
  workflowId: string;
  expireInHours: number;
  actor: Actor;
}) => {
  if (!Number.isInteger(expireInHours) || expireInHours < 1 || expireInHours > MAX_EXPIRE_IN_HOURS) {
    throw new AppError("UNPROCESSABLE", `expireInHours must be a whole number from 1 to ${MAX_EXPIRE_IN_HOURS}`, [
      { path: "expireInHours", message: "out of range" },
    ]);
  }
  return inUnitOfWork(async (uow) => {
    const { tx } = uow;
    const workflow = await loadActiveWorkflow(tx, businessId, workflowId);
    const expireAt = new Date(Date.now() + expireInHours * HOUR_MS);
    await tx.workflow.update({ where: { id: workflowId }, data: { expireAt }, select: { id: true } });
    await uow.enqueue({ businessId, kind: "WORKFLOW_EXPIRE", subjectId: workflowId, runAt: expireAt });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "workflow.extended",
      targetType: "Workflow",
      targetId: workflowId,
      metadata: { from: workflow.expireAt.toISOString(), to: expireAt.toISOString() },
    });
    await emitWorkflowUpdated(uow, workflowId);
    return getWorkflow({ businessId, workflowId }, tx);
  });
};
