import { createLegalDocumentVersion } from "@/server/services/legal-documents/create-legal-document-version";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import {
  createLegalDocumentVersionBody,
  LegalDocumentDto,
  legalDocumentParams,
  toLegalDocumentDto,
} from "./legal-document-schemas";

export const createLegalDocumentVersionRoute = defineRoute({
  method: "POST",
  path: "/legal-documents/{id}/versions",
  operationId: "createLegalDocumentVersion",
  summary: "Publish a new version of a legal document",
  description: "The new version becomes current. Customers who accepted an earlier version keep that acceptance.",
  tags: ["Legal documents"],
  params: legalDocumentParams,
  body: createLegalDocumentVersionBody,
  responses: { 201: { description: "The document at its new version", schema: LegalDocumentDto } },
});

export const handleCreateLegalDocumentVersion = withApiKey(
  async ({ principal, params, body }) => {
    const document = await createLegalDocumentVersion({
      businessId: principal.businessId,
      key: params.id,
      ...body,
      actor: principal.actor,
    });
    return { status: 201, body: toLegalDocumentDto(document) };
  },
  {
    route: createLegalDocumentVersionRoute,
    replyBody: (document) => toLegalDocumentDto(document as Parameters<typeof toLegalDocumentDto>[0]),
  },
);
