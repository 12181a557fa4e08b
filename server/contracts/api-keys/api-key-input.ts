import { z } from "zod";
import { ApiKeyMode } from "@/server/generated/prisma/enums";

/** What staff give for a new key; the Portal form validates with the same schema as the procedure. */
export const ZCreateApiKeyInput = z.object({
  name: z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters"),
  mode: z.enum(ApiKeyMode),
});
