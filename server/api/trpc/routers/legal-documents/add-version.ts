import { createLegalDocumentVersion } from "@/server/services/legal-documents/create-legal-document-version";
import {
  createLegalDocumentVersionBody,
  legalDocumentId,
} from "@/server/api/rest/legal-documents/legal-document-schemas";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZLegalDocumentSummaryOutput } from "./legal-document-output";

/** Adds a version that becomes current; customers who accepted earlier ones keep their record. */
export const addLegalDocumentVersion = businessProcedure("ADMIN")
  .input(createLegalDocumentVersionBody.extend({ key: legalDocumentId }))
  .output(ZLegalDocumentSummaryOutput)
  .mutation(({ ctx, input }) =>
    createLegalDocumentVersion({
      businessId: ctx.business.id,
      key: input.key,
      title: input.title,
      content: input.content,
      actor: ctx.actor,
    }),
  );
