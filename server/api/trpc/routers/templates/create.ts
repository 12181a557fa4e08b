import { z } from "zod";
import { createTemplate as createTemplateService } from "../../../../services/templates/create-template";
import { ZTemplateInput } from "../../../../services/templates/template-input";
import { businessProcedure } from "../../init";
import { ZTemplateOutput } from "./template-output";

export const createTemplate = businessProcedure("ADMIN")
  // Nested: the template schema is strict, and every procedure's input also carries businessId.
  .input(z.object({ template: ZTemplateInput }))
  .output(ZTemplateOutput)
  .mutation(({ ctx, input }) => createTemplateService({ businessId: ctx.business.id, actor: ctx.actor, input: input.template }));
