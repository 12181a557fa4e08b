import { z } from "zod";
import { objectId } from "@/server/contracts/object-id";
import { cancelWorkflow } from "@/server/services/workflows/cancel-workflow";
import { businessProcedure } from "@/server/api/trpc/init";

/** Operators and above end an active workflow: the link stops working, no more texts go out. */
export const cancelWorkflowProcedure = businessProcedure("OPERATOR")
  .input(z.object({ workflowId: objectId }))
  .output(z.object({ id: z.string(), status: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const workflow = await cancelWorkflow({
      businessId: ctx.business.id,
      workflowId: input.workflowId,
      actor: ctx.actor,
    });
    return { id: workflow.id, status: workflow.status };
  });
