import "server-only";
import { encrypt } from "@/server/auth/encryption";
import { AppError } from "@/server/errors";
import { newWebhookSecret } from "@/server/webhooks/webhook-signature";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { EventType } from "@/server/contracts/webhooks/event-payloads";
import { checkEndpointUrl, ENDPOINT_SELECT } from "./webhook-endpoint-view";
import { inUnitOfWork } from "@/server/work/unit-of-work";

export type CreateWebhookEndpointInput = {
  businessId: string;
  url: string;
  description?: string | null;
  /** Empty or omitted: every event type. */
  eventTypes?: EventType[];
  actor: Actor;
};

/** Each endpoint fans every event out into a delivery and a job: the cap bounds what one event can cost. */
const MAX_WEBHOOK_ENDPOINTS = 20;

/** Creates an ACTIVE endpoint with its first signing secret, which is returned here and never again. */
export const createWebhookEndpoint = async ({
  businessId,
  url,
  description,
  eventTypes = [],
  actor,
}: CreateWebhookEndpointInput) => {
  const checkedUrl = checkEndpointUrl(url);
  const secret = newWebhookSecret();
  return inUnitOfWork(async ({ tx }) => {
    // The business row is the lock: two creates at once cannot both see room for one more.
    await tx.$executeRaw`SELECT 1 FROM "Business" WHERE "id" = ${businessId} FOR UPDATE`;
    const existing = await tx.webhookEndpoint.count({ where: { businessId } });
    if (existing >= MAX_WEBHOOK_ENDPOINTS) {
      throw new AppError(
        "CONFLICT",
        `This business already has ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints, the most it may have; delete one first`,
        {
          reason: "WEBHOOK_ENDPOINT_LIMIT",
          limit: MAX_WEBHOOK_ENDPOINTS,
        },
      );
    }
    const created = await tx.webhookEndpoint.create({
      data: {
        businessId,
        url: checkedUrl,
        description: description ?? null,
        eventTypes: [...new Set(eventTypes)],
        secrets: { create: { encryptedSecret: encrypt(secret) } },
      },
      select: ENDPOINT_SELECT,
    });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "webhook-endpoint.created",
      targetType: "WebhookEndpoint",
      targetId: created.id,
      metadata: { url: checkedUrl, eventTypes },
    });
    return { ...created, secret };
  });
};
