import { z } from "zod";
import { objectId } from "@/server/contracts/object-id";
import { ZCreateWorkflowInput } from "@/server/contracts/workflows/create-workflow-input";
import { extendWorkflow } from "@/server/services/workflows/extend-workflow";
import { businessProcedure } from "@/server/api/trpc/init";

/** Operators and above move the expiry to `expireInHours` from now. */
export const extendWorkflowProcedure = businessProcedure("OPERATOR")
  .input(z.object({ workflowId: objectId, expireInHours: ZCreateWorkflowInput.shape.expireInHours.unwrap() }))
  .output(z.object({ id: z.string(), expireAt: z.iso.datetime() }))
  .mutation(async ({ ctx, input }) => {
    const workflow = await extendWorkflow({
      businessId: ctx.business.id,
      workflowId: input.workflowId,
      expireInHours: input.expireInHours,
      actor: ctx.actor,
    });
    return { id: workflow.id, expireAt: workflow.expireAt };
  });
