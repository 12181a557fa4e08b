import "server-only";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { EventType } from "@/server/contracts/webhooks/event-payloads";
import { checkEndpointUrl, ENDPOINT_SELECT, findEndpoint } from "./webhook-endpoint-view";
import { inUnitOfWork, type UnitOfWork } from "@/server/work/unit-of-work";

export type UpdateWebhookEndpointInput = {
  businessId: string;
  endpointId: string;
  changes: { url?: string; description?: string | null; eventTypes?: EventType[]; status?: "ACTIVE" | "SUSPENDED" };
  actor: Actor;
};

/** Deliveries paused while the endpoint was not ACTIVE (nextAttemptAt null) go out again, now, oldest first. */
const resumePausedDeliveries = async (uow: UnitOfWork, businessId: string, endpointId: string) => {
  const now = new Date();
  const paused = await uow.tx.webhookDelivery.updateManyAndReturn({
    where: { endpointId, status: "PENDING", nextAttemptAt: null },
    data: { nextAttemptAt: now },
    select: { id: true, createdAt: true, eventId: true },
  });
  paused.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.eventId.localeCompare(b.eventId));
  await uow.enqueue(
    ...paused.map((delivery) => ({
      businessId,
      kind: "WEBHOOK_DELIVER" as const,
      subjectId: delivery.id,
      concurrencyKey: endpointId,
      runAt: now,
    })),
  );
};

/**
 * Changes an endpoint. SUSPENDED stops its deliveries (they wait); ACTIVE resumes a suspended or
 * disabled endpoint, clears its failure streak and sends what was waiting.
 */
export const updateWebhookEndpoint = async ({ businessId, endpointId, changes, actor }: UpdateWebhookEndpointInput) => {
  const url = changes.url === undefined ? undefined : checkEndpointUrl(changes.url);
  return inUnitOfWork(async (uow) => {
    const { tx } = uow;
    const before = await findEndpoint(tx, businessId, endpointId);
    const resuming = changes.status === "ACTIVE" && before.status !== "ACTIVE";
    const endpoint = await tx.webhookEndpoint.update({
      where: { id: endpointId },
      data: {
        url,
        description: changes.description,
        eventTypes: changes.eventTypes ? [...new Set(changes.eventTypes)] : undefined,
        status: changes.status,
        ...(resuming ? { failingSince: null, disabledAt: null } : {}),
      },
      select: ENDPOINT_SELECT,
    });
    if (resuming) await resumePausedDeliveries(uow, businessId, endpointId);
    const action = resuming
      ? "webhook-endpoint.resumed"
      : changes.status === "SUSPENDED" && before.status !== "SUSPENDED"
        ? "webhook-endpoint.suspended"
        : "webhook-endpoint.updated";
    await recordAudit(tx, {
      businessId,
      actor,
      action,
      targetType: "WebhookEndpoint",
      targetId: endpointId,
      metadata: { changed: Object.keys(changes) },
    });
    return endpoint;
  });
};
