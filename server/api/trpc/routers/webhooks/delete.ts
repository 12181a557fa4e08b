import { z } from "zod";
import { deleteWebhookEndpoint } from "@/server/services/webhooks/delete-webhook-endpoint";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZEndpointIdInput } from "./webhook-outputs";

export const deleteWebhookEndpointProcedure = businessProcedure("ADMIN")
  .input(ZEndpointIdInput)
  .output(z.object({ id: z.string(), deleted: z.literal(true) }))
  .mutation(({ ctx, input }) =>
    deleteWebhookEndpoint({ businessId: ctx.business.id, endpointId: input.endpointId, actor: ctx.actor }),
  );
