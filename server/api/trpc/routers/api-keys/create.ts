import { z } from "zod";
import { ZCreateApiKeyInput } from "@/server/contracts/api-keys/api-key-input";
import { createApiKey as createApiKeyService } from "@/server/services/api-keys/create-api-key";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZApiKeyOutput } from "./api-key-output";

/** The answer is the only time the whole key leaves the server. */
export const createApiKey = businessProcedure("ADMIN")
  .input(ZCreateApiKeyInput)
  .output(ZApiKeyOutput.extend({ key: z.string() }))
  .mutation(({ ctx, input }) =>
    createApiKeyService({ businessId: ctx.business.id, name: input.name, mode: input.mode, actor: ctx.actor }),
  );
