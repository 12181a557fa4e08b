import { z } from "zod";
import { objectId } from "../../../../services/object-id";
import { getWorkflowDetail } from "../../../../services/workflows/get-workflow-detail";
import { businessProcedure } from "../../init";
import { ZWorkflowDetail } from "./workflow-outputs";

export const getWorkflowProcedure = businessProcedure("VIEWER")
  .input(z.object({ workflowId: objectId }))
  .output(ZWorkflowDetail)
  .query(({ ctx, input }) => getWorkflowDetail({ businessId: ctx.business.id, workflowId: input.workflowId }));
