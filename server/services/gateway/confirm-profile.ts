import { db } from "../../db";
import { AppError } from "../../errors";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { completeStep } from "./complete-step";
import { loadGatewayWorkflow } from "./load-gateway-workflow";

/** lookup-profile: the existing customer confirms the details the business holds. */
export const confirmProfile = async ({ workflowId, actor }: { workflowId: string; actor: Actor }) =>
  db().$transaction(async (tx) => {
    const workflow = await loadGatewayWorkflow(tx, workflowId);
    if (!workflow.customerId) throw new AppError("CONFLICT", "This request has no customer to confirm");
    const result = await completeStep(tx, { workflowId, stepName: "lookup-profile", data: { customerId: workflow.customerId } });
    await recordAudit(tx, { businessId: workflow.businessId, actor, action: "customer.profile-confirmed", targetType: "Customer", targetId: workflow.customerId, metadata: { workflowId } });
    return result;
  });
