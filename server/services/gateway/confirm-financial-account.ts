import "server-only";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { loadStep } from "@/server/services/workflows/stored-step";
import { completeStep } from "./complete-step";
import { loadGatewayWorkflow } from "./load-gateway-workflow";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/** lookup-financial-account: the customer confirms the account the business named. */
export const confirmFinancialAccount = async ({ workflowId, actor }: { workflowId: string; actor: Actor }) =>
  inUnitOfWork(async (uow) => {
    const { tx } = uow;
    const workflow = await loadGatewayWorkflow(tx, workflowId);
    const step = await loadStep(tx, workflowId, "lookup-financial-account");
    const accountId = step?.parameters.customerFinancialAccountId;
    const account = accountId
      ? await tx.financialAccount.findFirst({
          where: { id: accountId, customerId: workflow.customerId ?? undefined, status: "ACTIVE" },
          select: { id: true },
        })
      : null;
    if (!account) throw new AppError("CONFLICT", "conflict.paymentMethodGone");
    const completed = await completeStep(uow, {
      workflowId,
      stepName: "lookup-financial-account",
      data: { financialAccountId: account.id },
    });
    await recordAudit(tx, {
      businessId: workflow.businessId,
      actor,
      action: "financial-account.confirmed",
      targetType: "FinancialAccount",
      targetId: account.id,
      metadata: { workflowId },
    });
    return { finished: completed.finished };
  });
