import { z } from "zod";
import { getTemplate as getTemplateService } from "@/server/services/templates/get-template";
import { listTemplateVersions } from "@/server/services/templates/list-template-versions";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZTemplateOutput, ZTemplateVersionOutput } from "./template-output";

/** The template at its current version, and its whole version history. */
export const getTemplate = businessProcedure("VIEWER")
  .input(z.object({ templateId: z.string().min(1).max(64) }))
  .output(z.object({ template: ZTemplateOutput, versions: z.array(ZTemplateVersionOutput) }))
  .query(async ({ ctx, input }) => {
    const scope = { businessId: ctx.business.id, templateId: input.templateId };
    const [template, versions] = await Promise.all([getTemplateService(scope), listTemplateVersions(scope)]);
    return { template, versions };
  });
