import "server-only";
import { db } from "@/server/db";
import { DOCUMENT_SELECT, legalDocumentNotFound, toLegalDocumentView, VERSION_SELECT } from "./legal-document-view";

/** The document's current version. Scoped to the business: another business's key is a 404. */
export const getLegalDocument = async ({ businessId, key }: { businessId: string; key: string }) => {
  const document = await db().legalDocument.findUnique({
    where: { businessId_key: { businessId, key } },
    select: DOCUMENT_SELECT,
  });
  if (!document) throw legalDocumentNotFound(key);
  const version = await db().legalDocumentVersion.findUnique({
    where: { documentId_version: { documentId: document.id, version: document.currentVersion } },
    select: VERSION_SELECT,
  });
  if (!version) throw legalDocumentNotFound(key);
  return toLegalDocumentView(document, version);
};
