import { listLegalDocuments } from "@/server/services/legal-documents/list-legal-documents";
import { pageBody, paginationQuery, toPageRequest } from "@/server/api/rest/pagination";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { LegalDocumentPageDto, toLegalDocumentDto } from "./legal-document-schemas";

export const listLegalDocumentsRoute = defineRoute({
  method: "GET",
  path: "/legal-documents",
  operationId: "listLegalDocuments",
  summary: "List legal documents, newest first",
  tags: ["Legal documents"],
  query: paginationQuery,
  responses: {
    200: {
      description: "One page of documents with their current version (without content)",
      schema: LegalDocumentPageDto,
    },
  },
});

export const handleListLegalDocuments = withApiKey(
  async ({ principal, query }) => {
    const page = await listLegalDocuments({ businessId: principal.businessId, page: toPageRequest(query) });
    return { status: 200, body: pageBody(page, toLegalDocumentDto) };
  },
  { route: listLegalDocumentsRoute },
);
