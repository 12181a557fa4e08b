import { z } from "zod";
import { revokeApiKey as revokeApiKeyService } from "@/server/services/api-keys/revoke-api-key";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZApiKeyOutput } from "./api-key-output";

export const revokeApiKey = businessProcedure("ADMIN")
  .input(z.object({ apiKeyId: z.string().min(1).max(64) }))
  .output(ZApiKeyOutput)
  .mutation(({ ctx, input }) =>
    revokeApiKeyService({ businessId: ctx.business.id, apiKeyId: input.apiKeyId, actor: ctx.actor }),
  );
