import "server-only";
import { sha256Hex } from "@/server/auth/tokens";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { DOCUMENT_SELECT, legalDocumentNotFound, toLegalDocumentView, VERSION_SELECT } from "./legal-document-view";
import { inUnitOfWork } from "@/server/work/unit-of-work";

export type CreateLegalDocumentVersionInput = {
  businessId: string;
  key: string;
  title: string;
  content: string;
  actor: Actor;
};

/**
 * Adds a version and makes it current. Acceptances keep pointing at the version the customer saw.
 * Versions only ever go up, so the next number is currentVersion + 1; the increment locks the
 * document row, so concurrent calls get consecutive numbers.
 */
export const createLegalDocumentVersion = async ({
  businessId,
  key,
  title,
  content,
  actor,
}: CreateLegalDocumentVersionInput) =>
  inUnitOfWork(async ({ tx }) => {
    const found = await tx.legalDocument.findUnique({
      where: { businessId_key: { businessId, key } },
      select: { id: true },
    });
    if (!found) throw legalDocumentNotFound(key);
    const document = await tx.legalDocument.update({
      where: { id: found.id },
      data: { currentVersion: { increment: 1 } },
      select: DOCUMENT_SELECT,
    });
    const version = await tx.legalDocumentVersion.create({
      data: {
        documentId: document.id,
        version: document.currentVersion,
        title,
        content,
        contentHash: sha256Hex(content),
      },
      select: VERSION_SELECT,
    });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "legal-document.version-created",
      targetType: "LegalDocument",
      targetId: document.id,
      metadata: { key, version: version.version },
    });
    return toLegalDocumentView(document, version);
  });
