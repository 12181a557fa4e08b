import { encrypt } from "../../auth/encryption";
import { newWebhookSecret } from "../../webhooks/webhook-signature";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import type { EventType } from "./event-payloads";
import { checkEndpointUrl, ENDPOINT_SELECT } from "./webhook-endpoint-view";
import { inUnitOfWork } from "../../work/unit-of-work";

export type CreateWebhookEndpointInput = {
  businessId: string;
  url: string;
  description?: string | null;
  /** Empty or omitted: every event type. */
  eventTypes?: EventType[];
  actor: Actor;
};

/** Creates an ACTIVE endpoint with its first signing secret, which is returned here and never again. */
export const createWebhookEndpoint = async ({ businessId, url, description, eventTypes = [], actor }: CreateWebhookEndpointInput) => {
  const checkedUrl = checkEndpointUrl(url);
  const secret = newWebhookSecret();
  return inUnitOfWork(async ({ tx }) => {
    const created = await tx.webhookEndpoint.create({
      data: { businessId, url: checkedUrl, description: description ?? null, eventTypes: [...new Set(eventTypes)], secrets: { create: { encryptedSecret: encrypt(secret) } } },
      select: ENDPOINT_SELECT,
    });
    await recordAudit(tx, { businessId, actor, action: "webhook-endpoint.created", targetType: "WebhookEndpoint", targetId: created.id, metadata: { url: checkedUrl, eventTypes } });
    return { ...created, secret };
  });
};
