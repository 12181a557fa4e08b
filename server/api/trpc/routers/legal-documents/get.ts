import { z } from "zod";
import { listLegalDocumentVersions } from "@/server/services/legal-documents/list-legal-document-versions";
import { legalDocumentId } from "@/server/api/rest/legal-documents/legal-document-schemas";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZLegalDocumentVersionOutput } from "./legal-document-output";

/** A document's versions, newest (current) first, each with its content. */
export const getLegalDocument = businessProcedure("VIEWER")
  .input(z.object({ key: legalDocumentId }))
  .output(z.object({ key: z.string(), versions: z.array(ZLegalDocumentVersionOutput) }))
  .query(async ({ ctx, input }) => ({
    key: input.key,
    versions: await listLegalDocumentVersions({ businessId: ctx.business.id, key: input.key }),
  }));
