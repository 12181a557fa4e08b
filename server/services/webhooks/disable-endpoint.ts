import "server-only";
import { SYSTEM } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { emitEvent } from "./emit-event";

const FAILING_DAYS_BEFORE_DISABLE = 5;
export const FAILING_MS_BEFORE_DISABLE = FAILING_DAYS_BEFORE_DISABLE * 24 * 3_600_000;

/**
 * Turns off an endpoint that answered 410 or kept failing, and tells the business: an audit entry
 * and a `webhook-endpoint.disabled` event to its other endpoints. Only an ACTIVE endpoint is
 * disabled, so two failing attempts at once report it once. Its pending deliveries pause
 * (deliverWebhook) until someone sets it ACTIVE again.
 */
export const disableEndpoint = ({ endpointId, reason }: { endpointId: string; reason: "GONE" | "FAILING" }) =>
  inUnitOfWork(async (uow) => {
    const disabledAt = new Date();
    const { count } = await uow.tx.webhookEndpoint.updateMany({
      where: { id: endpointId, status: "ACTIVE" },
      data: { status: "DISABLED", disabledAt },
    });
    if (count === 0) return;
    const endpoint = await uow.tx.webhookEndpoint.findUniqueOrThrow({
      where: { id: endpointId },
      select: { id: true, businessId: true, url: true },
    });
    await recordAudit(uow.tx, {
      businessId: endpoint.businessId,
      actor: SYSTEM,
      action: "webhook-endpoint.disabled",
      targetType: "WebhookEndpoint",
      targetId: endpoint.id,
      metadata: { reason },
    });
    await emitEvent(uow, {
      businessId: endpoint.businessId,
      type: "webhook-endpoint.disabled",
      data: { endpoint: { id: endpoint.id, url: endpoint.url, disabledAt: disabledAt.toISOString() }, reason },
    });
  });
