import "server-only";
import { AppError } from "@/server/errors";

// What the legal-document services return: the document with its current version, flattened.
// `id` is the internal id (cursors use it); `key` is the id businesses use in the API.

export const VERSION_SUMMARY_SELECT = { version: true, title: true, contentHash: true, createdAt: true } as const;
export const VERSION_SELECT = { ...VERSION_SUMMARY_SELECT, content: true } as const;
export const DOCUMENT_SELECT = { id: true, key: true, createdAt: true, currentVersion: true } as const;

type DocumentRow = { id: string; key: string; createdAt: Date };
type VersionSummaryRow = { version: number; title: string; contentHash: string; createdAt: Date };

export type LegalDocumentSummary = DocumentRow & {
  version: number;
  title: string;
  contentHash: string;
  updatedAt: Date;
};
export type LegalDocumentView = LegalDocumentSummary & { content: string };

export const toLegalDocumentSummary = (document: DocumentRow, version: VersionSummaryRow): LegalDocumentSummary => ({
  id: document.id,
  key: document.key,
  createdAt: document.createdAt,
  version: version.version,
  title: version.title,
  contentHash: version.contentHash,
  updatedAt: version.createdAt,
});

export const toLegalDocumentView = (
  document: DocumentRow,
  version: VersionSummaryRow & { content: string },
): LegalDocumentView => ({
  ...toLegalDocumentSummary(document, version),
  content: version.content,
});

/** The same 404 whether the key never existed or belongs to another business. */
export const legalDocumentNotFound = (key: string) => new AppError("NOT_FOUND", `No legal document with id "${key}"`);
