import "server-only";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";

/** For staff actions that only make sense while the customer can still act (resend, extend, cancel). */
export const loadActiveWorkflow = async (tx: Tx, businessId: string, workflowId: string) => {
  const workflow = await tx.workflow.findFirst({
    where: { id: workflowId, businessId },
    select: { id: true, status: true, expireAt: true, createdAt: true },
  });
  if (!workflow) throw new AppError("NOT_FOUND", "Workflow not found");
  if (workflow.status !== "ACTIVE") {
    throw new AppError(
      "CONFLICT",
      `The workflow is ${workflow.status.toLowerCase()}; only an active workflow can be changed`,
      { status: workflow.status },
    );
  }
  return workflow;
};
