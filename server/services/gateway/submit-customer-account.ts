import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { emitCustomerCreated } from "@/server/services/webhooks/domain-events";
import { completeStep } from "./complete-step";
import { ZCustomerAccountInput } from "./gateway-inputs";
import { loadGatewayWorkflow } from "./load-gateway-workflow";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/** customer-account: the customer opens their account with the business. */
export const submitCustomerAccount = async ({
  workflowId,
  input,
  actor,
}: {
  workflowId: string;
  input: z.input<typeof ZCustomerAccountInput>;
  actor: Actor;
}) => {
  const { firstName, lastName, email } = ZCustomerAccountInput.parse(input);
  return inUnitOfWork(async (uow) => {
    const { tx } = uow;
    const workflow = await loadGatewayWorkflow(tx, workflowId);
    const customer = await tx.customer.create({
      data: {
        businessId: workflow.businessId,
        firstName,
        lastName,
        // An emailed request knows the address already; the one typed in the form wins.
        email: email ?? workflow.email ?? null,
        phoneNumber: workflow.phoneNumber,
        status: "NEW",
      },
      select: { id: true },
    });
    await tx.workflow.update({ where: { id: workflowId }, data: { customerId: customer.id }, select: { id: true } });
    await emitCustomerCreated(uow, { customerId: customer.id, workflowId });
    const completed = await completeStep(uow, {
      workflowId,
      stepName: "customer-account",
      data: { customerId: customer.id },
    });
    await recordAudit(tx, {
      businessId: workflow.businessId,
      actor,
      action: "customer.created",
      targetType: "Customer",
      targetId: customer.id,
      metadata: { workflowId },
    });
    return { customerId: customer.id, finished: completed.finished };
  });
};
