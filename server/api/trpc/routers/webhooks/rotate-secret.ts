import { z } from "zod";
import { rotateWebhookSecret } from "@/server/services/webhooks/rotate-webhook-secret";
import { isoDateTime } from "@/server/api/rest/date-time";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZEndpointIdInput } from "./webhook-outputs";

/** The new secret, shown only in this answer; the old ones keep signing until `oldSecretsExpireAt`. */
export const rotateWebhookSecretProcedure = businessProcedure("ADMIN")
  .input(ZEndpointIdInput)
  .output(z.object({ id: z.string(), secret: z.string(), oldSecretsExpireAt: isoDateTime }))
  .mutation(({ ctx, input }) =>
    rotateWebhookSecret({ businessId: ctx.business.id, endpointId: input.endpointId, actor: ctx.actor }),
  );
