import { z } from "zod";
import { createTemplate as createTemplateService } from "@/server/services/templates/create-template";
import { ZTemplateInput } from "@/server/services/templates/template-input";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZTemplateOutput } from "./template-output";

export const createTemplate = businessProcedure("ADMIN")
  // Nested: the template schema is strict, and every procedure's input also carries businessId.
  .input(z.object({ template: ZTemplateInput }))
  .output(ZTemplateOutput)
  .mutation(({ ctx, input }) =>
    createTemplateService({ businessId: ctx.business.id, actor: ctx.actor, input: input.template }),
  );
