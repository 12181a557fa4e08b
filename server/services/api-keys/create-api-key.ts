import "server-only";
import type { ApiKeyMode } from "@/server/generated/prisma/enums";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { generateApiKey, hashApiKey } from "./api-key-format";
import { API_KEY_SELECT, toApiKeyView } from "./api-key-view";
import { inUnitOfWork } from "@/server/work/unit-of-work";

export type CreateApiKeyInput = {
  businessId: string;
  name: string;
  mode: ApiKeyMode;
  actor: Actor;
  /** Only for seeding a known demo key (LINX_DEMO_API_KEY); otherwise a new random key. */
  presetKey?: string;
};

/** Creates a key and returns it in clear exactly once; only its hash is stored. */
export const createApiKey = async ({ businessId, name, mode, actor, presetKey }: CreateApiKeyInput) => {
  const key = presetKey ?? generateApiKey(mode);
  return inUnitOfWork(async ({ tx }) => {
    const apiKey = await tx.apiKey.create({
      data: {
        businessId,
        name,
        mode,
        keyHash: hashApiKey(key),
        lastFour: key.slice(-4),
        createdById: actor.type === "USER" ? actor.id : null,
      },
      select: API_KEY_SELECT,
    });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "api-key.created",
      targetType: "ApiKey",
      targetId: apiKey.id,
      metadata: { name, mode },
    });
    return { ...toApiKeyView(apiKey), key };
  });
};
