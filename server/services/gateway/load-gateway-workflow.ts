import "server-only";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";

/** The workflow a customer acts on, re-checked inside the action's transaction. */
export const loadGatewayWorkflow = async (tx: Tx, workflowId: string) => {
  const workflow = await tx.workflow.findUnique({
    where: { id: workflowId },
    select: {
      id: true,
      businessId: true,
      status: true,
      expireAt: true,
      phoneNumber: true,
      email: true,
      customerId: true,
    },
  });
  if (workflow?.status !== "ACTIVE" || workflow.expireAt.getTime() <= Date.now()) {
    throw new AppError("CONFLICT", "conflict.linkUnusable");
  }
  return workflow;
};
