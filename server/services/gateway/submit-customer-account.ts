import type { z } from "zod";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { transactionWithJobs } from "../jobs/transaction-with-jobs";
import { emitCustomerCreated } from "../webhooks/domain-events";
import { completeStep } from "./complete-step";
import { ZCustomerAccountInput } from "./gateway-inputs";
import { loadGatewayWorkflow } from "./load-gateway-workflow";

/** customer-account: the customer opens their account with the business. */
export const submitCustomerAccount = async ({ workflowId, input, actor }: { workflowId: string; input: z.input<typeof ZCustomerAccountInput>; actor: Actor }) => {
  const { firstName, lastName, email } = ZCustomerAccountInput.parse(input);
  return transactionWithJobs(async (tx, jobs) => {
    const workflow = await loadGatewayWorkflow(tx, workflowId);
    const customer = await tx.customer.create({
      data: { businessId: workflow.businessId, firstName, lastName, email: email ?? null, phoneNumber: workflow.phoneNumber, status: "NEW" },
      select: { id: true },
    });
    await tx.workflow.update({ where: { id: workflowId }, data: { customerId: customer.id }, select: { id: true } });
    jobs.push(...(await emitCustomerCreated(tx, { customerId: customer.id, workflowId })));
    const completed = await completeStep(tx, { workflowId, stepName: "customer-account", data: { customerId: customer.id } });
    jobs.push(...completed.jobs);
    await recordAudit(tx, { businessId: workflow.businessId, actor, action: "customer.created", targetType: "Customer", targetId: customer.id, metadata: { workflowId } });
    return { customerId: customer.id, finished: completed.finished };
  });
};
