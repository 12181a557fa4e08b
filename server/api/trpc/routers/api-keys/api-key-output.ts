import { z } from "zod";
import { ApiKeyMode } from "@/server/generated/prisma/enums";
import { isoDateTime } from "@/server/api/rest/date-time";

export const ZApiKeyOutput = z.object({
  id: z.string(),
  name: z.string(),
  mode: z.enum(ApiKeyMode),
  prefix: z.string(),
  lastFour: z.string(),
  createdAt: isoDateTime,
  lastUsedAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
});
