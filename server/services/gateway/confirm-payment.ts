import "server-only";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { emitTransactionStatusChanged } from "@/server/services/webhooks/domain-events";
import { lockWorkflow } from "@/server/services/workflows/lock-workflow";
import type { StepNameValue } from "@/server/contracts/workflows/step-parameters";
import { findStep } from "@/server/contracts/workflows/step-parameters";
import { readStep, toStepEnum } from "@/server/services/workflows/stored-step";
import { completeStep } from "./complete-step";
import { loadGatewayWorkflow } from "./load-gateway-workflow";
import { inUnitOfWork } from "@/server/work/unit-of-work";

const PAYMENT_STEPS: StepNameValue[] = ["move-money", "financial-account", "lookup-financial-account"];

/**
 * move-money: the customer confirms; the transaction is created NEW and handed to the rail.
 * Taken under the workflow's row lock, like a decline, a staff cancel and expiry: whichever comes
 * second sees the workflow no longer ACTIVE and changes nothing.
 */
export const confirmPayment = async ({ workflowId, actor }: { workflowId: string; actor: Actor }) =>
  inUnitOfWork(async (uow) => {
    const { tx } = uow;
    await lockWorkflow(tx, workflowId);
    const workflow = await loadGatewayWorkflow(tx, workflowId);
    if (!workflow.customerId) throw new AppError("CONFLICT", "conflict.createAccountFirst");
    const steps = (
      await tx.workflowStep.findMany({
        where: { workflowId, name: { in: PAYMENT_STEPS.map(toStepEnum) } },
        select: { name: true, parameters: true, data: true },
      })
    ).map(readStep);
    const money = findStep(steps, "move-money")?.parameters;
    if (!money) throw new AppError("CONFLICT", "conflict.noPayment");
    const financialAccountId = steps.map((step) => step.data?.financialAccountId).find(Boolean);
    if (!financialAccountId) throw new AppError("CONFLICT", "conflict.addPaymentMethodFirst");
    const transaction = await tx.transaction.create({
      data: {
        businessId: workflow.businessId,
        workflowId,
        customerId: workflow.customerId,
        financialAccountId,
        transactionType: money.transactionType,
        solution: money.solution === "push-to-card" ? "PUSH_TO_CARD" : money.solution === "wire" ? "WIRE" : "ACH",
        amount: money.amount,
        currency: money.currency,
        priority: money.priority ?? null,
        description: money.description ?? null,
        memo: money.memo ?? null,
        paymentReasonId: money.paymentReasonId ?? null,
        statusHistory: { create: { toStatus: "NEW", reason: "Confirmed by the customer" } },
      },
      select: { id: true, status: true },
    });
    await emitTransactionStatusChanged(uow, { transactionId: transaction.id, previousStatus: null });
    await uow.enqueue({ businessId: workflow.businessId, kind: "TRANSACTION_ADVANCE", subjectId: transaction.id });
    const completed = await completeStep(uow, {
      workflowId,
      stepName: "move-money",
      data: { transactionId: transaction.id },
    });
    await recordAudit(tx, {
      businessId: workflow.businessId,
      actor,
      action: "transaction.confirmed",
      targetType: "Transaction",
      targetId: transaction.id,
      metadata: { workflowId, amount: money.amount },
    });
    return { transactionId: transaction.id, finished: completed.finished };
  });
