import "server-only";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { emitWorkflowUpdated } from "@/server/services/webhooks/domain-events";
import { loadActiveWorkflow } from "./load-active-workflow";
import { getWorkflow } from "./get-workflow";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/** Ends an active workflow: the link stops working and no more texts go out. */
export const cancelWorkflow = async ({
  businessId,
  workflowId,
  actor,
}: {
  businessId: string;
  workflowId: string;
  actor: Actor;
}) => {
  return inUnitOfWork(async (uow) => {
    const { tx } = uow;
    await loadActiveWorkflow(tx, businessId, workflowId);
    const { count } = await tx.workflow.updateMany({
      where: { id: workflowId, businessId, status: "ACTIVE" },
      data: { status: "CANCELLED", nextNotificationAt: null },
    });
    if (count === 0) throw new AppError("CONFLICT", "The workflow changed while it was being cancelled; try again");
    await tx.workflowStep.updateMany({ where: { workflowId, status: "ACTIVE" }, data: { status: "DECLINED" } });
    await tx.scheduledJob.updateMany({
      where: { subjectId: workflowId, status: "PENDING" },
      data: { status: "CANCELLED" },
    });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "workflow.cancelled",
      targetType: "Workflow",
      targetId: workflowId,
    });
    await emitWorkflowUpdated(uow, workflowId);
    return getWorkflow({ businessId, workflowId }, tx);
  });
};
