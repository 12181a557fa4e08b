import "server-only";
import { db } from "@/server/db";
import {
  KEYSET_ORDER,
  keysetTake,
  keysetWhere,
  toPage,
  type PageRequest,
} from "@/server/services/pagination/keyset-page";
import { DOCUMENT_SELECT, toLegalDocumentSummary, VERSION_SUMMARY_SELECT } from "./legal-document-view";

/** One page of the business's documents, newest first, each with its current version (no content). */
export const listLegalDocuments = async ({ businessId, page }: { businessId: string; page: PageRequest }) => {
  const rows = await db().legalDocument.findMany({
    where: { businessId, AND: [keysetWhere(page)] },
    orderBy: [...KEYSET_ORDER],
    take: keysetTake(page),
    select: DOCUMENT_SELECT,
  });
  const { items, hasMore } = toPage(rows, page);
  if (items.length === 0) return { items: [], hasMore };
  const versions = await db().legalDocumentVersion.findMany({
    where: { OR: items.map((document) => ({ documentId: document.id, version: document.currentVersion })) },
    select: { documentId: true, ...VERSION_SUMMARY_SELECT },
  });
  const byDocument = new Map(versions.map((version) => [version.documentId, version]));
  return { items: items.map((document) => toLegalDocumentSummary(document, byDocument.get(document.id)!)), hasMore };
};
