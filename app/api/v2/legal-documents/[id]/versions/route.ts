import { handleCreateLegalDocumentVersion } from "@/server/api/rest/legal-documents/create-legal-document-version";

export const POST = handleCreateLegalDocumentVersion;
