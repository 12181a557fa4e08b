import type { z } from "zod";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { emitWorkflowUpdated } from "../webhooks/domain-events";
import { ZDeclineInput } from "./gateway-inputs";
import { loadGatewayWorkflow } from "./load-gateway-workflow";
import { inUnitOfWork } from "../../work/unit-of-work";

/** The customer says no, with a predefined reason or their own words. The workflow ends DECLINED. */
export const declineWorkflow = async ({ workflowId, input, actor }: { workflowId: string; input: z.input<typeof ZDeclineInput>; actor: Actor }) => {
  const { reason, text } = ZDeclineInput.parse(input);
  return inUnitOfWork(async (uow) => {
    const { tx } = uow;
    const workflow = await loadGatewayWorkflow(tx, workflowId);
    await tx.workflowStep.updateMany({ where: { workflowId, status: "ACTIVE" }, data: { status: "DECLINED" } });
    await tx.workflow.update({
      where: { id: workflowId },
      data: { status: "DECLINED", declineReason: reason, declineReasonText: text ?? null, completedAt: new Date(), nextNotificationAt: null },
      select: { id: true },
    });
    await tx.scheduledJob.updateMany({ where: { subjectId: workflowId, status: "PENDING" }, data: { status: "CANCELLED" } });
    await recordAudit(tx, { businessId: workflow.businessId, actor, action: "workflow.declined", targetType: "Workflow", targetId: workflowId, metadata: { reason } });
    await emitWorkflowUpdated(uow, workflowId);
    return { declined: true };
  });
};
