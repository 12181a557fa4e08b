import { z } from "zod";
import { listLegalDocuments } from "../../../../services/legal-documents/list-legal-documents";
import { listTemplates } from "../../../../services/templates/list-templates";
import { businessProcedure } from "../../init";

// Enough for a picker; a business with more templates or documents types the id instead.
const PICKER_LIMIT = 100;

/** What the workflow pages offer to pick from: templates (filter and create) and legal documents (create). */
export const workflowFormOptionsProcedure = businessProcedure("VIEWER")
  .output(
    z.object({
      templates: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          status: z.enum(["ACTIVE", "ARCHIVED"]),
          version: z.number(),
          title: z.string(),
          customerMemo: z.string().nullable(),
          expireInHours: z.number().nullable(),
          steps: z.array(z.object({ name: z.string(), parameters: z.record(z.string(), z.unknown()) })),
        }),
      ),
      documents: z.array(z.object({ key: z.string(), title: z.string(), version: z.number() })),
    }),
  )
  .query(async ({ ctx }) => {
    const page = { limit: PICKER_LIMIT };
    const [templates, documents] = await Promise.all([listTemplates({ businessId: ctx.business.id, page }), listLegalDocuments({ businessId: ctx.business.id, page })]);
    return { templates: templates.items, documents: documents.items };
  });
