import { z } from "zod";
import { archiveTemplate as archiveTemplateService } from "@/server/services/templates/archive-template";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZTemplateOutput } from "./template-output";

export const archiveTemplate = businessProcedure("ADMIN")
  .input(z.object({ templateId: z.string().min(1).max(64) }))
  .output(ZTemplateOutput)
  .mutation(({ ctx, input }) =>
    archiveTemplateService({ businessId: ctx.business.id, templateId: input.templateId, actor: ctx.actor }),
  );
