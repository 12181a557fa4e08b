import "server-only";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { findEndpoint } from "./webhook-endpoint-view";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/** Deletes an endpoint with its secrets and deliveries; their pending jobs find nothing and end. Events stay. */
export const deleteWebhookEndpoint = async ({
  businessId,
  endpointId,
  actor,
}: {
  businessId: string;
  endpointId: string;
  actor: Actor;
}) =>
  inUnitOfWork(async ({ tx }) => {
    const endpoint = await findEndpoint(tx, businessId, endpointId);
    await tx.webhookEndpoint.delete({ where: { id: endpointId }, select: { id: true } });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "webhook-endpoint.deleted",
      targetType: "WebhookEndpoint",
      targetId: endpointId,
      metadata: { url: endpoint.url },
    });
    return { id: endpointId, deleted: true as const };
  });
