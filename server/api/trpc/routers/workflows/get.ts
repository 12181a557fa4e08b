import { z } from "zod";
import { objectId } from "@/server/contracts/object-id";
import { getWorkflowDetail } from "@/server/services/workflows/get-workflow-detail";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZWorkflowDetail } from "./workflow-outputs";

export const getWorkflowProcedure = businessProcedure("VIEWER")
  .input(z.object({ workflowId: objectId }))
  .output(ZWorkflowDetail)
  .query(({ ctx, input }) => getWorkflowDetail({ businessId: ctx.business.id, workflowId: input.workflowId }));
