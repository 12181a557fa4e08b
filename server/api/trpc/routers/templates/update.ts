import { z } from "zod";
import { ZTemplateInput } from "@/server/services/templates/template-input";
import { updateTemplate as updateTemplateService } from "@/server/services/templates/update-template";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZTemplateOutput } from "./template-output";

/** Saves the edit as the template's next version; earlier versions never change. */
export const updateTemplate = businessProcedure("ADMIN")
  .input(z.object({ templateId: z.string().min(1).max(64), template: ZTemplateInput }))
  .output(ZTemplateOutput)
  .mutation(({ ctx, input }) =>
    updateTemplateService({
      businessId: ctx.business.id,
      templateId: input.templateId,
      actor: ctx.actor,
      input: input.template,
    }),
  );
