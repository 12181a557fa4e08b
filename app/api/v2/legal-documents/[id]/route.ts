import { handleGetLegalDocument } from "@/server/api/rest/legal-documents/get-legal-document";

export const GET = handleGetLegalDocument;
