import "server-only";
import type { z } from "zod";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { emitWorkflowUpdated } from "@/server/services/webhooks/domain-events";
import { lockWorkflow } from "@/server/services/workflows/lock-workflow";
import { ZDeclineInput } from "./gateway-inputs";
import { loadGatewayWorkflow } from "./load-gateway-workflow";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/**
 * The customer says no, with a predefined reason or their own words. The workflow ends DECLINED.
 * The status change is a conditional update taken under the workflow's row lock (as confirming
 * the payment, cancelling and expiring take it), so exactly one of them wins: a decline never
 * overwrites a workflow that was just completed with a payment, cancelled or expired.
 */
export const declineWorkflow = async ({
  workflowId,
  input,
  actor,
}: {
  workflowId: string;
  input: z.input<typeof ZDeclineInput>;
  actor: Actor;
}) => {
  const { reason, text } = ZDeclineInput.parse(input);
  return inUnitOfWork(async (uow) => {
    const { tx } = uow;
    await lockWorkflow(tx, workflowId);
    const workflow = await loadGatewayWorkflow(tx, workflowId);
    const { count } = await tx.workflow.updateMany({
      where: { id: workflowId, status: "ACTIVE", expireAt: { gt: new Date() } },
      data: {
        status: "DECLINED",
        declineReason: reason,
        declineReasonText: text ?? null,
        completedAt: new Date(),
        nextNotificationAt: null,
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "conflict.linkUnusable");
    await tx.workflowStep.updateMany({ where: { workflowId, status: "ACTIVE" }, data: { status: "DECLINED" } });
    await tx.scheduledJob.updateMany({
      where: { subjectId: workflowId, status: "PENDING" },
      data: { status: "CANCELLED" },
    });
    await recordAudit(tx, {
      businessId: workflow.businessId,
      actor,
      action: "workflow.declined",
      targetType: "Workflow",
      targetId: workflowId,
      metadata: { reason },
    });
    await emitWorkflowUpdated(uow, workflowId);
    return { declined: true };
  });
};
