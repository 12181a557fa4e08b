import "server-only";
import { encrypt } from "@/server/auth/encryption";
import { newWebhookSecret } from "@/server/webhooks/webhook-signature";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { findEndpoint } from "./webhook-endpoint-view";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/** How long the old secret keeps signing next to the new one, so receivers can switch without a gap. */
const ROTATION_OVERLAP_MS = 24 * 3_600_000;

/** Adds a new signing secret (returned once) and gives the current ones 24 hours to live. */
export const rotateWebhookSecret = async ({
  businessId,
  endpointId,
  actor,
}: {
  businessId: string;
  endpointId: string;
  actor: Actor;
}) => {
  const secret = newWebhookSecret();
  const now = new Date();
  const oldSecretsExpireAt = new Date(now.getTime() + ROTATION_OVERLAP_MS);
  return inUnitOfWork(async ({ tx }) => {
    await findEndpoint(tx, businessId, endpointId);
    // Secrets already on their way out keep their earlier end; the others get 24 hours.
    await tx.webhookSecret.updateMany({
      where: { endpointId, OR: [{ expiresAt: null }, { expiresAt: { gt: oldSecretsExpireAt } }] },
      data: { expiresAt: oldSecretsExpireAt },
    });
    await tx.webhookSecret.deleteMany({ where: { endpointId, expiresAt: { lte: now } } });
    await tx.webhookSecret.create({ data: { endpointId, encryptedSecret: encrypt(secret) }, select: { id: true } });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "webhook-endpoint.secret-rotated",
      targetType: "WebhookEndpoint",
      targetId: endpointId,
    });
    return { id: endpointId, secret, oldSecretsExpireAt };
  });
};
