import "server-only";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { API_KEY_SELECT, apiKeyNotFound, toApiKeyView } from "./api-key-view";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/**
 * Revokes a key at once: the next request with it is a 401. Revoking a revoked key changes
 * nothing and answers the same, so a double click is harmless.
 */
export const revokeApiKey = async ({
  businessId,
  apiKeyId,
  actor,
}: {
  businessId: string;
  apiKeyId: string;
  actor: Actor;
}) =>
  inUnitOfWork(async ({ tx }) => {
    const { count } = await tx.apiKey.updateMany({
      where: { id: apiKeyId, businessId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const apiKey = await tx.apiKey.findFirst({ where: { id: apiKeyId, businessId }, select: API_KEY_SELECT });
    if (!apiKey) throw apiKeyNotFound();
    if (count > 0) {
      await recordAudit(tx, {
        businessId,
        actor,
        action: "api-key.revoked",
        targetType: "ApiKey",
        targetId: apiKeyId,
        metadata: { name: apiKey.name, mode: apiKey.mode },
      });
    }
    return toApiKeyView(apiKey);
  });
