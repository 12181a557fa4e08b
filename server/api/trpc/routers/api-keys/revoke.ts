import { z } from "zod";
import { revokeApiKey as revokeApiKeyService } from "../../../../services/api-keys/revoke-api-key";
import { businessProcedure } from "../../init";
import { ZApiKeyOutput } from "./api-key-output";

export const revokeApiKey = businessProcedure("ADMIN")
  .input(z.object({ apiKeyId: z.string().min(1).max(64) }))
  .output(ZApiKeyOutput)
  .mutation(({ ctx, input }) => revokeApiKeyService({ businessId: ctx.business.id, apiKeyId: input.apiKeyId, actor: ctx.actor }));
