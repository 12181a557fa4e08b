import { z } from "zod";
import { sendTestEvent } from "@/server/services/webhooks/send-test-event";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZEndpointIdInput } from "./webhook-outputs";

/** The service dispatches the delivery job once its transaction has committed. */
export const sendWebhookTestEventProcedure = businessProcedure("ADMIN")
  .input(ZEndpointIdInput)
  .output(z.object({ eventId: z.string() }))
  .mutation(({ ctx, input }) =>
    sendTestEvent({ businessId: ctx.business.id, endpointId: input.endpointId, actor: ctx.actor }),
  );
