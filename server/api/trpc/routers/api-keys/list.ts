import { z } from "zod";
import { listApiKeys as listApiKeysService } from "@/server/services/api-keys/list-api-keys";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZApiKeyOutput } from "./api-key-output";

export const listApiKeys = businessProcedure("ADMIN")
  .output(z.array(ZApiKeyOutput))
  .query(({ ctx }) => listApiKeysService({ businessId: ctx.business.id }));
