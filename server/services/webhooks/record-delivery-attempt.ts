import { Prisma } from "../../generated/prisma/client";
import { newId } from "../../db/new-id";
import { sql } from "../../db/sql";
import type { QueuedJob } from "../../jobs/enqueue-jobs";
import type { SendResult } from "../../webhooks/send-webhook";
import { nextRetryDelayMs } from "../../webhooks/retry-schedule";
import type { ClaimedAttempt } from "./claim-delivery-attempt";

export const isSuccess = (status: number | null) => status !== null && status >= 200 && status < 300;

export type AttemptVerdict = { status: "SUCCEEDED" | "FAILED" | "PENDING"; retryAt: Date | null };

/** What an attempt's result means for its delivery: done, failed for good (410, or the schedule used up), or tried again later. */
export const verdictOf = (attempt: number, result: SendResult, now: Date): AttemptVerdict => {
  if (isSuccess(result.status)) return { status: "SUCCEEDED", retryAt: null };
  const delay = result.status === 410 ? null : nextRetryDelayMs({ attemptsMade: attempt, status: result.status, retryAfter: result.retryAfter });
  return delay === null ? { status: "FAILED", retryAt: null } : { status: "PENDING", retryAt: new Date(now.getTime() + delay) };
};

/**
 * Records one attempt and what follows from it, in one statement: the attempt's log row; the
 * delivery SUCCEEDED, FAILED, or due again at its next time with a job of its own for that
 * attempt; the endpoint's failing streak begun or ended. Written only while this run still holds
 * the attempt it claimed. Returns the next attempt's job, to start after commit.
 */
export const recordDeliveryAttempt = async (delivery: ClaimedAttempt, startedAt: Date, result: SendResult, verdict: AttemptVerdict): Promise<QueuedJob[]> => {
  const now = new Date().toISOString();
  const succeeded = verdict.status === "SUCCEEDED";
  return sql<QueuedJob>(Prisma.sql`
    WITH attempt AS (
      INSERT INTO "WebhookAttempt" ("id", "deliveryId", "attemptNumber", "startedAt", "durationMs", "responseStatus", "responseBody", "error")
      VALUES (${newId()}, ${delivery.id}, ${delivery.attempt}, ${startedAt.toISOString()}::timestamp(3), ${result.durationMs}, ${result.status}, ${result.excerpt}, ${result.error})
    ), delivery AS (
      UPDATE "WebhookDelivery" SET "status" = ${verdict.status}::"WebhookDeliveryStatus", "nextAttemptAt" = ${verdict.retryAt?.toISOString() ?? null}::timestamp(3), "updatedAt" = ${now}::timestamp(3)
      WHERE "id" = ${delivery.id} AND "status" = 'PENDING' AND "attemptCount" = ${delivery.attempt}
      RETURNING "id", "nextAttemptAt"
    ), streak AS (
      UPDATE "WebhookEndpoint" SET "failingSince" = ${succeeded ? null : now}::timestamp(3), "updatedAt" = ${now}::timestamp(3)
      WHERE "id" = ${delivery.endpointId} AND "failingSince" IS ${succeeded ? Prisma.sql`NOT NULL` : Prisma.sql`NULL`}
    )
    INSERT INTO "ScheduledJob" ("id", "businessId", "kind", "lane", "subjectId", "concurrencyKey", "runAt", "createdAt")
    SELECT ${newId()}, ${delivery.businessId}, 'WEBHOOK_DELIVER', 'WEBHOOKS', "id", ${delivery.endpointId}, "nextAttemptAt", ${now}::timestamp(3)
    FROM delivery WHERE "nextAttemptAt" IS NOT NULL
    RETURNING "id", "runAt", "lane"::text, "concurrencyKey"`);
};
