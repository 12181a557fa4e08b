import { createLegalDocument } from "@/server/services/legal-documents/create-legal-document";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { createLegalDocumentBody, LegalDocumentDto, toLegalDocumentDto } from "./legal-document-schemas";

export const createLegalDocumentRoute = defineRoute({
  method: "POST",
  path: "/legal-documents",
  operationId: "createLegalDocument",
  summary: "Create a legal document with its first version",
  tags: ["Legal documents"],
  body: createLegalDocumentBody,
  responses: { 201: { description: "The document, at version 1", schema: LegalDocumentDto } },
  errors: [409],
});

export const handleCreateLegalDocument = withApiKey(
  async ({ principal, body }) => {
    const document = await createLegalDocument({
      businessId: principal.businessId,
      key: body.id,
      title: body.title,
      content: body.content,
      actor: principal.actor,
    });
    return { status: 201, body: toLegalDocumentDto(document) };
  },
  {
    route: createLegalDocumentRoute,
    replyBody: (document) => toLegalDocumentDto(document as Parameters<typeof toLegalDocumentDto>[0]),
  },
);
