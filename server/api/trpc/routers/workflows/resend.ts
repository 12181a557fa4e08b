import { z } from "zod";
import { objectId } from "@/server/contracts/object-id";
import { resendWorkflow } from "@/server/services/workflows/resend-workflow";
import { businessProcedure } from "@/server/api/trpc/init";

/** Operators and above text the link again now (origin MANUAL). */
export const resendWorkflowProcedure = businessProcedure("OPERATOR")
  .input(z.object({ workflowId: objectId }))
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const workflow = await resendWorkflow({
      businessId: ctx.business.id,
      workflowId: input.workflowId,
      actor: ctx.actor,
    });
    return { id: workflow.id };
  });
