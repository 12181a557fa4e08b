import { db } from "../../db";
import { AppError } from "../../errors";
import { toWorkflowDto, workflowSelect } from "./workflow-dto";

/** Another business's workflow is simply not found. */
export const getWorkflow = async ({ businessId, workflowId }: { businessId: string; workflowId: string }) => {
  const row = await db().workflow.findFirst({ where: { id: workflowId, businessId }, select: workflowSelect });
  if (!row) throw new AppError("NOT_FOUND", "Workflow not found");
  return toWorkflowDto(row);
};
