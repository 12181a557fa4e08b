import { z } from "zod";
import { listTemplates as listTemplatesService } from "@/server/services/templates/list-templates";
import { decodeCursor, encodeCursor } from "@/server/api/rest/pagination";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZTemplateOutput } from "./template-output";

export const listTemplates = businessProcedure("VIEWER")
  .input(
    z.object({
      status: z.enum(["ACTIVE", "ARCHIVED"]).optional(),
      cursor: z.string().max(512).nullish(),
      limit: z.number().int().min(1).max(100).default(25),
    }),
  )
  .output(z.object({ items: z.array(ZTemplateOutput), nextCursor: z.string().nullable() }))
  .query(async ({ ctx, input }) => {
    const page = { limit: input.limit, after: input.cursor ? decodeCursor(input.cursor) : undefined };
    const { items, hasMore } = await listTemplatesService({ businessId: ctx.business.id, page, status: input.status });
    const last = items.at(-1);
    return { items, nextCursor: hasMore && last ? encodeCursor(last) : null };
  });
