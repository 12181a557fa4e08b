import { createLegalDocument as createLegalDocumentService } from "@/server/services/legal-documents/create-legal-document";
import { createLegalDocumentBody } from "@/server/api/rest/legal-documents/legal-document-schemas";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZLegalDocumentSummaryOutput } from "./legal-document-output";

/** Same rules as POST /api/v2/legal-documents: `id` is the business's own key for the document. */
export const createLegalDocument = businessProcedure("ADMIN")
  .input(createLegalDocumentBody)
  .output(ZLegalDocumentSummaryOutput)
  .mutation(({ ctx, input }) =>
    createLegalDocumentService({
      businessId: ctx.business.id,
      key: input.id,
      title: input.title,
      content: input.content,
      actor: ctx.actor,
    }),
  );
