import { z } from "zod";
import { isoDateTime } from "@/server/api/rest/date-time";

export const ZLegalDocumentSummaryOutput = z.object({
  key: z.string(),
  version: z.number().int(),
  title: z.string(),
  contentHash: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const ZLegalDocumentVersionOutput = z.object({
  version: z.number().int(),
  title: z.string(),
  content: z.string(),
  contentHash: z.string(),
  createdAt: isoDateTime,
  acceptanceCount: z.number().int(),
});
