import "server-only";
import { db } from "@/server/db";
import { legalDocumentNotFound, VERSION_SELECT } from "./legal-document-view";

/** Every version of a document, newest first, with its content and how many customers accepted it. */
export const listLegalDocumentVersions = async ({ businessId, key }: { businessId: string; key: string }) => {
  const document = await db().legalDocument.findUnique({
    where: { businessId_key: { businessId, key } },
    select: {
      versions: {
        orderBy: { version: "desc" },
        select: { ...VERSION_SELECT, _count: { select: { acceptances: true } } },
      },
    },
  });
  if (!document) throw legalDocumentNotFound(key);
  return document.versions.map(({ _count, ...version }) => ({ ...version, acceptanceCount: _count.acceptances }));
};
