import { z } from "zod";
import { objectId } from "../../../../services/object-id";
import { ZCreateWorkflowInput } from "../../../../services/workflows/create-workflow-input";
import { extendWorkflow } from "../../../../services/workflows/extend-workflow";
import { businessProcedure } from "../../init";

/** Operators and above move the expiry to `expireInHours` from now. */
export const extendWorkflowProcedure = businessProcedure("OPERATOR")
  .input(z.object({ workflowId: objectId, expireInHours: ZCreateWorkflowInput.shape.expireInHours.unwrap() }))
  .output(z.object({ id: z.string(), expireAt: z.iso.datetime() }))
  .mutation(async ({ ctx, input }) => {
    const workflow = await extendWorkflow({ businessId: ctx.business.id, workflowId: input.workflowId, expireInHours: input.expireInHours, actor: ctx.actor });
    return { id: workflow.id, expireAt: workflow.expireAt };
  });
