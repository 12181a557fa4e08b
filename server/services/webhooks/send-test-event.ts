import { AppError } from "../../errors";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { sealIdempotencyClaim } from "../idempotency/idempotency-scope";
import { transactionWithJobs } from "../jobs/transaction-with-jobs";
import { emitEvent } from "./emit-event";
import { findEndpoint } from "./webhook-endpoint-view";

/** Sends a `webhook-endpoint.test` event to this endpoint only, signed and retried like any other. */
export const sendTestEvent = async ({ businessId, endpointId, actor }: { businessId: string; endpointId: string; actor: Actor }) =>
  transactionWithJobs(async (tx, jobs) => {
    const endpoint = await findEndpoint(tx, businessId, endpointId);
    if (endpoint.status !== "ACTIVE") throw new AppError("CONFLICT", `The endpoint is ${endpoint.status}; set it ACTIVE first`, { status: endpoint.status });
    const emitted = await emitEvent(tx, { businessId, type: "webhook-endpoint.test", endpointIds: [endpointId], data: { endpointId, message: "A test event from LinX" } });
    jobs.push(...emitted.jobs);
    await recordAudit(tx, { businessId, actor, action: "webhook-endpoint.tested", targetType: "WebhookEndpoint", targetId: endpointId, metadata: { eventId: emitted.eventId } });
    await sealIdempotencyClaim(tx);
    return { eventId: emitted.eventId };
  });
