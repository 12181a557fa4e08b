import { z } from "zod";
import type { LegalDocumentSummary, LegalDocumentView } from "@/server/services/legal-documents/legal-document-view";
import { isoDateTime } from "@/server/api/rest/date-time";
import { pageOf } from "@/server/api/rest/pagination";

export const legalDocumentId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{1,62}$/,
    "Use 2 to 63 lowercase letters, digits and hyphens, starting with a letter or digit",
  )
  .meta({ description: "Your id for the document, unique in your business.", examples: ["terms-of-service"] });

export const legalDocumentParams = z.object({ id: legalDocumentId });

const title = z.string().trim().min(1).max(200);
const content = z.string().min(1).max(100_000);

export const createLegalDocumentBody = z.object({ id: legalDocumentId, title, content });

export const createLegalDocumentVersionBody = z.object({ title, content });

const LegalDocumentSummaryDto = z
  .object({
    id: legalDocumentId,
    version: z
      .number()
      .int()
      .min(1)
      .meta({ description: "The current version; it goes up by one with each new version." }),
    title: z.string(),
    contentHash: z
      .string()
      .meta({ description: "SHA-256 of the current version's content, hex. Acceptances record it." }),
    createdAt: isoDateTime,
    updatedAt: isoDateTime.meta({ description: "When the current version was created." }),
  })
  .meta({ id: "LegalDocumentSummary" });

export const LegalDocumentDto = LegalDocumentSummaryDto.extend({ content: z.string() }).meta({ id: "LegalDocument" });

export const LegalDocumentPageDto = pageOf(LegalDocumentSummaryDto).meta({ id: "LegalDocumentPage" });

/** The API's `id` is the business's key; the internal id never leaves the server. */
export const toLegalDocumentDto = <T extends LegalDocumentSummary | LegalDocumentView>(document: T) => ({
  ...document,
  id: document.key,
});
