import { getWebhookEndpoint } from "@/server/services/webhooks/get-webhook-endpoint";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZEndpointIdInput, ZWebhookEndpointOutput } from "./webhook-outputs";

export const getWebhookEndpointProcedure = businessProcedure("ADMIN")
  .input(ZEndpointIdInput)
  .output(ZWebhookEndpointOutput)
  .query(({ ctx, input }) => getWebhookEndpoint({ businessId: ctx.business.id, endpointId: input.endpointId }));
