import type { SendResult } from "../../webhooks/send-webhook";
import { nextRetryDelayMs } from "../../webhooks/retry-schedule";
import { enqueueJob } from "../jobs/enqueue-job";
import { transactionWithJobs } from "../jobs/transaction-with-jobs";
import { releaseNext } from "./delivery-order";
import { disableEndpoint, FAILING_MS_BEFORE_DISABLE } from "./disable-endpoint";

export type SettleInput = {
  delivery: { id: string; endpointId: string; businessId: string };
  /** The attempt number this run claimed. */
  attempt: number;
  startedAt: Date;
  result: SendResult;
  /** When the endpoint's current run of failures began, as read before the attempt. */
  failingSince: Date | null;
};

const isSuccess = (status: number | null) => status !== null && status >= 200 && status < 300;

/**
 * Records one attempt and what follows from it, in one transaction: success ends the delivery
 * and the endpoint's failing streak; 410 fails it and disables the endpoint; anything else
 * schedules the next attempt as its own job (the webhook schedule, not the job system's back-off),
 * or fails the delivery when the schedule is used up. A delivery that ends lets the endpoint's next
 * waiting delivery go (delivery-order.ts). The jobs it enqueues are dispatched after commit.
 */
export const settleDelivery = ({ delivery, attempt, startedAt, result, failingSince }: SettleInput) =>
  transactionWithJobs(async (tx, jobs) => {
    await tx.webhookAttempt.create({
      data: { deliveryId: delivery.id, attemptNumber: attempt, startedAt, durationMs: result.durationMs, responseStatus: result.status, responseBody: result.excerpt, error: result.error },
      select: { id: true },
    });
    const mine = { id: delivery.id, status: "PENDING" as const, attemptCount: attempt };
    const now = new Date();
    if (isSuccess(result.status)) {
      const { count } = await tx.webhookDelivery.updateMany({ where: mine, data: { status: "SUCCEEDED", nextAttemptAt: null } });
      // As read before the attempt: a streak another attempt started meanwhile stands until the next success.
      if (failingSince) await tx.webhookEndpoint.updateMany({ where: { id: delivery.endpointId, failingSince: { not: null } }, data: { failingSince: null } });
      if (count === 1) jobs.push(...(await releaseNext(tx, delivery, now)));
      return;
    }
    await tx.webhookEndpoint.updateMany({ where: { id: delivery.endpointId, failingSince: null }, data: { failingSince: now } });
    const delay = result.status === 410 ? null : nextRetryDelayMs({ attemptsMade: attempt, status: result.status, retryAfter: result.retryAfter });
    if (delay === null) {
      const { count } = await tx.webhookDelivery.updateMany({ where: mine, data: { status: "FAILED", nextAttemptAt: null } });
      if (count === 1) jobs.push(...(await releaseNext(tx, delivery, now)));
    } else {
      const runAt = new Date(now.getTime() + delay);
      const { count } = await tx.webhookDelivery.updateMany({ where: mine, data: { nextAttemptAt: runAt } });
      if (count === 1) jobs.push(await enqueueJob(tx, { businessId: delivery.businessId, kind: "WEBHOOK_DELIVER", subjectId: delivery.id, runAt }));
    }
    if (result.status === 410) jobs.push(...(await disableEndpoint(tx, { endpointId: delivery.endpointId, reason: "GONE" })));
    else if (failingSince && now.getTime() - failingSince.getTime() >= FAILING_MS_BEFORE_DISABLE) {
      jobs.push(...(await disableEndpoint(tx, { endpointId: delivery.endpointId, reason: "FAILING" })));
    }
  });
