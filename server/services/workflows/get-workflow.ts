import "server-only";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { toWorkflowDto, workflowSelect } from "./workflow-dto";

/** Another business's workflow is simply not found. Give `tx` to read inside a unit of work. */
export const getWorkflow = async (
  { businessId, workflowId }: { businessId: string; workflowId: string },
  tx: Tx = db(),
) => {
  const row = await tx.workflow.findFirst({ where: { id: workflowId, businessId }, select: workflowSelect });
  if (!row) throw new AppError("NOT_FOUND", "Workflow not found");
  return toWorkflowDto(row);
};
