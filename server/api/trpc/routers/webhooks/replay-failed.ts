import { z } from "zod";
import { replayFailedDeliveries } from "@/server/services/webhooks/replay-deliveries";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZEndpointIdInput } from "./webhook-outputs";

/** Sends again every failed delivery of the endpoint whose event came at or after `since`. */
export const replayFailedWebhookDeliveriesProcedure = businessProcedure("ADMIN")
  .input(ZEndpointIdInput.extend({ since: z.iso.datetime({ offset: true }) }))
  .output(z.object({ endpointId: z.string(), replayed: z.number().int(), hasMore: z.boolean() }))
  .mutation(({ ctx, input }) =>
    replayFailedDeliveries({
      businessId: ctx.business.id,
      endpointId: input.endpointId,
      since: new Date(input.since),
      actor: ctx.actor,
    }),
  );
