import { handleCreateLegalDocument } from "@/server/api/rest/legal-documents/create-legal-document";
import { handleListLegalDocuments } from "@/server/api/rest/legal-documents/list-legal-documents";

export const GET = handleListLegalDocuments;
export const POST = handleCreateLegalDocument;
