import { z } from "zod";
import { ActorType } from "@/server/generated/prisma/enums";
import { ZAuditFilters } from "@/server/services/audit/audit-filters";
import { listAuditEntries } from "@/server/services/audit/list-audit-entries";
import { decodeCursor, encodeCursor } from "@/server/api/rest/pagination";
import { isoDateTime } from "@/server/api/rest/date-time";
import { businessProcedure } from "@/server/api/trpc/init";

const ZAuditEntryOutput = z.object({
  id: z.string(),
  createdAt: isoDateTime,
  actorType: z.enum(ActorType),
  actorId: z.string().nullable(),
  actorLabel: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  metadata: z.unknown(),
  ipAddress: z.string().nullable(),
});

export const listAuditLog = businessProcedure("ADMIN")
  .input(
    z.object({
      filters: ZAuditFilters.default({}),
      cursor: z.string().max(512).nullish(),
      limit: z.number().int().min(1).max(100).default(50),
    }),
  )
  .output(z.object({ items: z.array(ZAuditEntryOutput), nextCursor: z.string().nullable() }))
  .query(async ({ ctx, input }) => {
    const page = { limit: input.limit, after: input.cursor ? decodeCursor(input.cursor) : undefined };
    const { items, hasMore } = await listAuditEntries({ businessId: ctx.business.id, filters: input.filters, page });
    const last = items.at(-1);
    return { items, nextCursor: hasMore && last ? encodeCursor(last) : null };
  });
