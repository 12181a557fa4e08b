import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { AppError } from "@/server/errors";
import { sha256Hex } from "@/server/auth/tokens";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { DOCUMENT_SELECT, toLegalDocumentView, VERSION_SELECT } from "./legal-document-view";
import { inUnitOfWork } from "@/server/work/unit-of-work";

export type CreateLegalDocumentInput = {
  businessId: string;
  /** The id businesses use in the API, e.g. "terms-of-service". */
  key: string;
  title: string;
  content: string;
  actor: Actor;
};

const keyInUse = (key: string) =>
  new AppError("CONFLICT", `A legal document with id "${key}" already exists`, { field: "id" });

/** Creates a document with its first version. A key already in use is a 409. */
export const createLegalDocument = async ({ businessId, key, title, content, actor }: CreateLegalDocumentInput) => {
  try {
    return await inUnitOfWork(async ({ tx }) => {
      const existing = await tx.legalDocument.findUnique({
        where: { businessId_key: { businessId, key } },
        select: { id: true },
      });
      if (existing) throw keyInUse(key);
      const document = await tx.legalDocument.create({
        data: {
          businessId,
          key,
          versions: { create: { version: 1, title, content, contentHash: sha256Hex(content) } },
        },
        select: { ...DOCUMENT_SELECT, versions: { select: VERSION_SELECT } },
      });
      await recordAudit(tx, {
        businessId,
        actor,
        action: "legal-document.created",
        targetType: "LegalDocument",
        targetId: document.id,
        metadata: { key },
      });
      return { ...toLegalDocumentView(document, document.versions[0]!), currentVersion: document.currentVersion };
    });
  } catch (error) {
    // Two creates raced past the check above; the unique index decided.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw keyInUse(key);
    throw error;
  }
};
