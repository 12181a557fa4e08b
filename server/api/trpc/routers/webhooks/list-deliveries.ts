import { z } from "zod";
import { listWebhookDeliveries } from "@/server/services/webhooks/list-webhook-deliveries";
import { decodeCursor, encodeCursor } from "@/server/api/rest/pagination";
import { businessProcedure } from "@/server/api/trpc/init";
import { pagedInput, ZEndpointIdInput, ZWebhookDeliveryOutput } from "./webhook-outputs";

/** An endpoint's deliveries, newest event first, each with its attempts (oldest first). */
export const listWebhookDeliveriesProcedure = businessProcedure("ADMIN")
  .input(ZEndpointIdInput.extend(pagedInput))
  .output(z.object({ items: z.array(ZWebhookDeliveryOutput), nextCursor: z.string().nullable() }))
  .query(async ({ ctx, input }) => {
    const page = { limit: input.limit, after: input.cursor ? decodeCursor(input.cursor) : undefined };
    const { items, hasMore } = await listWebhookDeliveries({
      businessId: ctx.business.id,
      endpointId: input.endpointId,
      page,
    });
    const last = items.at(-1);
    return {
      items: items.map(({ attempts, ...delivery }) => ({
        ...delivery,
        attempts: attempts.map(({ responseBody, ...attempt }) => ({ ...attempt, responseExcerpt: responseBody })),
      })),
      nextCursor: hasMore && last ? encodeCursor(last) : null,
    };
  });
