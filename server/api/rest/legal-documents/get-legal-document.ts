import { getLegalDocument } from "@/server/services/legal-documents/get-legal-document";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { LegalDocumentDto, legalDocumentParams, toLegalDocumentDto } from "./legal-document-schemas";

export const getLegalDocumentRoute = defineRoute({
  method: "GET",
  path: "/legal-documents/{id}",
  operationId: "getLegalDocument",
  summary: "Get a legal document's current version",
  tags: ["Legal documents"],
  params: legalDocumentParams,
  responses: { 200: { description: "The document's current version", schema: LegalDocumentDto } },
});

export const handleGetLegalDocument = withApiKey(
  async ({ principal, params }) => {
    const document = await getLegalDocument({ businessId: principal.businessId, key: params.id });
    return { status: 200, body: toLegalDocumentDto(document) };
  },
  { route: getLegalDocumentRoute },
);
