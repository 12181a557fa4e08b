import "server-only";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { activateOnboardedCustomer } from "@/server/services/customers/activate-onboarded-customer";
import type { UnitOfWork } from "@/server/work/unit-of-work";
import { emitWorkflowUpdated } from "@/server/services/webhooks/domain-events";
import { toStepEnum, type StepData } from "@/server/services/workflows/stored-step";
import type { StepNameValue } from "@/server/contracts/workflows/step-parameters";

/** What every Gateway step service answers (with what it made): whether the workflow is now finished. */
export type StepOutcome = { finished: boolean };

/**
 * Marks the workflow's active step done and activates the next one, or completes the workflow
 * after the last. The conditional update is the claim: a double submit finds nothing to claim.
 */
export const completeStep = async (
  uow: UnitOfWork,
  { workflowId, stepName, data }: { workflowId: string; stepName: StepNameValue; data?: StepData },
): Promise<StepOutcome> => {
  const { tx } = uow;
  const step = await tx.workflowStep.findFirst({
    where: { workflowId, status: "ACTIVE" },
    select: { id: true, name: true, position: true },
  });
  if (!step || step.name !== toStepEnum(stepName)) throw new AppError("CONFLICT", "conflict.notCurrentStep");
  const now = new Date();
  const { count } = await tx.workflowStep.updateMany({
    where: { id: step.id, status: "ACTIVE" },
    data: { status: "COMPLETED", completedAt: now, data },
  });
  if (count === 0) throw new AppError("CONFLICT", "conflict.stepJustCompleted");
  const next = await tx.workflowStep.findFirst({
    where: { workflowId, position: { gt: step.position } },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  if (next) {
    await tx.workflowStep.update({ where: { id: next.id }, data: { status: "ACTIVE" }, select: { id: true } });
    await emitWorkflowUpdated(uow, workflowId);
    return { finished: false };
  }
  const { businessId, customerId } = await tx.workflow.update({
    where: { id: workflowId },
    data: { status: "COMPLETED", completedAt: now, nextNotificationAt: null },
    select: { businessId: true, customerId: true },
  });
  // The last step is always the customer's; its own entry (with where from) comes from the step's service.
  await recordAudit(tx, {
    businessId,
    actor: { type: "CUSTOMER" },
    action: "workflow.completed",
    targetType: "Workflow",
    targetId: workflowId,
  });
  await tx.scheduledJob.updateMany({
    where: { subjectId: workflowId, status: "PENDING", kind: { in: ["WORKFLOW_REMIND", "WORKFLOW_EXPIRE"] } },
    data: { status: "CANCELLED" },
  });
  await emitWorkflowUpdated(uow, workflowId);
  if (customerId) await activateOnboardedCustomer(uow, { customerId, workflowId });
  return { finished: true };
};
