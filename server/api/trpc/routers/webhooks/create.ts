import { z } from "zod";
import { createWebhookEndpoint } from "@/server/services/webhooks/create-webhook-endpoint";
import { ZWebhookEndpointFields } from "@/server/contracts/webhooks/webhook-endpoint-input";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZWebhookEndpointOutput } from "./webhook-outputs";

/** The answer is the only time the signing secret leaves the server. */
export const createWebhookEndpointProcedure = businessProcedure("ADMIN")
  .input(ZWebhookEndpointFields)
  .output(ZWebhookEndpointOutput.extend({ secret: z.string() }))
  .mutation(({ ctx, input }) =>
    createWebhookEndpoint({
      businessId: ctx.business.id,
      actor: ctx.actor,
      url: input.url,
      description: input.description || null,
      eventTypes: input.eventTypes,
    }),
  );
