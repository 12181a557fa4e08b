import { z } from "zod";
import { createWorkflow } from "@/server/services/workflows/create-workflow";
import { ZCreateWorkflowInput } from "@/server/contracts/workflows/create-workflow-input";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZCreatedWorkflow } from "./workflow-outputs";

// Not strict at the top: tRPC hands every input parser the whole input, `businessId` included.
/** Operators and above send a workflow built step by step; the same schema as the REST API's `steps`. */
export const createWorkflowProcedure = businessProcedure("OPERATOR")
  .input(z.object(ZCreateWorkflowInput.shape))
  .output(ZCreatedWorkflow)
  .mutation(async ({ ctx, input: { businessId: _businessId, ...input } }) => {
    const created = await createWorkflow({ businessId: ctx.business.id, actor: ctx.actor, input });
    return { id: created.workflow.id, title: created.workflow.title, passcode: created.passcode ?? null };
  });
