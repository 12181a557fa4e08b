import { z } from "zod";
import { getWorkflowFormOptions } from "@/server/services/workflows/get-workflow-form-options";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZTemplateOutput } from "@/server/api/trpc/routers/templates/template-output";

export const workflowFormOptionsProcedure = businessProcedure("VIEWER")
  .output(
    z.object({
      defaultExpireInHours: z.number(),
      /** The name texts start with: the SMS sender name from Settings, else the business name. */
      senderName: z.string(),
      templates: z.array(
        ZTemplateOutput.pick({
          id: true,
          name: true,
          status: true,
          version: true,
          title: true,
          customerMemo: true,
          expireInHours: true,
          locale: true,
          steps: true,
        }),
      ),
      documents: z.array(z.object({ key: z.string(), title: z.string(), version: z.number() })),
    }),
  )
  .query(({ ctx }) => getWorkflowFormOptions({ businessId: ctx.business.id }));
