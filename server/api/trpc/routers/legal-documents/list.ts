import { z } from "zod";
import { listLegalDocuments as listLegalDocumentsService } from "@/server/services/legal-documents/list-legal-documents";
import { decodeCursor, encodeCursor } from "@/server/api/rest/pagination";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZLegalDocumentSummaryOutput } from "./legal-document-output";

export const listLegalDocuments = businessProcedure("VIEWER")
  .input(z.object({ cursor: z.string().max(512).nullish(), limit: z.number().int().min(1).max(100).default(25) }))
  .output(z.object({ items: z.array(ZLegalDocumentSummaryOutput), nextCursor: z.string().nullable() }))
  .query(async ({ ctx, input }) => {
    const page = { limit: input.limit, after: input.cursor ? decodeCursor(input.cursor) : undefined };
    const { items, hasMore } = await listLegalDocumentsService({ businessId: ctx.business.id, page });
    const last = items.at(-1);
    return { items, nextCursor: hasMore && last ? encodeCursor(last) : null };
  });
