import { z } from "zod";
import { getWorkflowFormOptions } from "../../../../services/workflows/get-workflow-form-options";
import { businessProcedure } from "../../init";

export const workflowFormOptionsProcedure = businessProcedure("VIEWER")
  .output(
    z.object({
      defaultExpireInHours: z.number(),
      /** The name texts start with: the SMS sender name from Settings, else the business name. */
      senderName: z.string(),
      templates: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          status: z.enum(["ACTIVE", "ARCHIVED"]),
          version: z.number(),
          title: z.string(),
          customerMemo: z.string().nullable(),
          expireInHours: z.number().nullable(),
          locale: z.enum(["en", "es"]).nullable(),
          steps: z.array(z.object({ name: z.string(), parameters: z.record(z.string(), z.unknown()) })),
        }),
      ),
      documents: z.array(z.object({ key: z.string(), title: z.string(), version: z.number() })),
    }),
  )
  .query(({ ctx }) => getWorkflowFormOptions({ businessId: ctx.business.id }));
