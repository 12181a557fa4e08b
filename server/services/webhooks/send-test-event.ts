import "server-only";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { emitEvent } from "./emit-event";
import { findEndpoint } from "./webhook-endpoint-view";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/** Sends a `webhook-endpoint.test` event to this endpoint only, signed and retried like any other. */
export const sendTestEvent = async ({
  businessId,
  endpointId,
  actor,
}: {
  businessId: string;
  endpointId: string;
  actor: Actor;
}) =>
  inUnitOfWork(async (uow) => {
    const { tx } = uow;
    const endpoint = await findEndpoint(tx, businessId, endpointId);
    if (endpoint.status !== "ACTIVE")
      throw new AppError("CONFLICT", `The endpoint is ${endpoint.status}; set it ACTIVE first`, {
        status: endpoint.status,
      });
    const emitted = await emitEvent(uow, {
      businessId,
      type: "webhook-endpoint.test",
      endpointIds: [endpointId],
      data: { endpointId, message: "A test event from LinX" },
    });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "webhook-endpoint.tested",
      targetType: "WebhookEndpoint",
      targetId: endpointId,
      metadata: { eventId: emitted.eventId },
    });
    return { eventId: emitted.eventId };
  });
