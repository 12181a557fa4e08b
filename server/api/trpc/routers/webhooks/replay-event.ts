import { z } from "zod";
import { replayEvent } from "@/server/services/webhooks/replay-deliveries";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZEndpointIdInput } from "./webhook-outputs";

/** Sends one event again to this endpoint, with its own id. */
export const replayWebhookEventProcedure = businessProcedure("ADMIN")
  .input(ZEndpointIdInput.extend({ eventId: z.string().min(1).max(64) }))
  .output(z.object({ eventId: z.string(), replayed: z.number().int() }))
  .mutation(({ ctx, input }) =>
    replayEvent({
      businessId: ctx.business.id,
      eventId: input.eventId,
      endpointId: input.endpointId,
      actor: ctx.actor,
    }),
  );
