import { z } from "zod";
import { listWebhookEndpoints } from "@/server/services/webhooks/list-webhook-endpoints";
import { decodeCursor, encodeCursor } from "@/server/api/rest/pagination";
import { businessProcedure } from "@/server/api/trpc/init";
import { pagedInput, ZWebhookEndpointOutput } from "./webhook-outputs";

export const listWebhookEndpointsProcedure = businessProcedure("ADMIN")
  .input(z.object(pagedInput))
  .output(z.object({ items: z.array(ZWebhookEndpointOutput), nextCursor: z.string().nullable() }))
  .query(async ({ ctx, input }) => {
    const page = { limit: input.limit, after: input.cursor ? decodeCursor(input.cursor) : undefined };
    const { items, hasMore } = await listWebhookEndpoints({ businessId: ctx.business.id, page });
    const last = items.at(-1);
    return { items, nextCursor: hasMore && last ? encodeCursor(last) : null };
  });
