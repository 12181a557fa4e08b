import { z } from "zod";
import { updateWebhookEndpoint } from "@/server/services/webhooks/update-webhook-endpoint";
import { ZWebhookEndpointFields } from "@/server/contracts/webhooks/webhook-endpoint-input";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZEndpointIdInput, ZWebhookEndpointOutput } from "./webhook-outputs";

/** Edits the URL, description and event types, or suspends (SUSPENDED) or resumes (ACTIVE) the endpoint. */
export const updateWebhookEndpointProcedure = businessProcedure("ADMIN")
  .input(
    ZEndpointIdInput.extend({
      fields: ZWebhookEndpointFields.optional(),
      status: z.enum(["ACTIVE", "SUSPENDED"]).optional(),
    }),
  )
  .output(ZWebhookEndpointOutput)
  .mutation(({ ctx, input: { endpointId, fields, status } }) =>
    updateWebhookEndpoint({
      businessId: ctx.business.id,
      endpointId,
      actor: ctx.actor,
      changes: {
        ...(fields ? { url: fields.url, description: fields.description || null, eventTypes: fields.eventTypes } : {}),
        ...(status ? { status } : {}),
      },
    }),
  );
