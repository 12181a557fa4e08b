import "server-only";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { completeStep } from "./complete-step";
import { loadGatewayWorkflow } from "./load-gateway-workflow";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/** lookup-profile: the existing customer confirms the details the business holds. */
export const confirmProfile = async ({ workflowId, actor }: { workflowId: string; actor: Actor }) =>
  inUnitOfWork(async (uow) => {
    const { tx } = uow;
    const workflow = await loadGatewayWorkflow(tx, workflowId);
    if (!workflow.customerId) throw new AppError("CONFLICT", "conflict.noCustomer");
    const completed = await completeStep(uow, {
      workflowId,
      stepName: "lookup-profile",
      data: { customerId: workflow.customerId },
    });
    await recordAudit(tx, {
      businessId: workflow.businessId,
      actor,
      action: "customer.profile-confirmed",
      targetType: "Customer",
      targetId: workflow.customerId,
      metadata: { workflowId },
    });
    return { finished: completed.finished };
  });
