import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { newId } from "@/server/db/new-id";
import { sql } from "@/server/db/sql";
import type { QueuedJob } from "@/server/jobs/enqueue-jobs";
import type { SendResult } from "@/server/webhooks/send-webhook";
import { nextRetryDelayMs } from "@/server/webhooks/retry-schedule";
import type { ClaimedAttempt } from "./claim-delivery-attempt";

const isSuccess = (status: number | null) => status !== null && status >= 200 && status < 300;

export type AttemptVerdict = { status: "SUCCEEDED" | "FAILED" | "PENDING"; retryAt: Date | null };

/** What an attempt's result means for its delivery: done, failed for good (410, or the schedule used up), or tried again later. */
export const verdictOf = (attempt: number, result: SendResult, now: Date): AttemptVerdict => {
  if (isSuccess(result.status)) return { status: "SUCCEEDED", retryAt: null };
  const delay =
    result.status === 410
      ? null
      : nextRetryDelayMs({ attemptsMade: attempt, status: result.status, retryAfter: result.retryAfter });
  return delay === null
    ? { status: "FAILED", retryAt: null }
    : { status: "PENDING", retryAt: new Date(now.getTime() + delay) };
};

export type AttemptRecord = { delivery: ClaimedAttempt; startedAt: Date; result: SendResult; verdict: AttemptVerdict };

/**
 * Records attempts and what follows from them, in one statement however many: each attempt's log
 * row; each delivery SUCCEEDED, FAILED, or due again at its next time with a job of its own for
 * that attempt; each endpoint's failing streak ended (a success) or begun (only failures). Written
 * only while the run still holds the attempt it claimed. Returns the next attempts' jobs, to start
 * after commit.
 */
export const recordDeliveryAttempts = async (records: AttemptRecord[]): Promise<QueuedJob[]> => {
  if (records.length === 0) return [];
  const now = new Date().toISOString();
  const column = <T>(pick: (record: AttemptRecord) => T) => records.map(pick);
  const succeeded = new Set(records.filter((r) => r.verdict.status === "SUCCEEDED").map((r) => r.delivery.endpointId));
  const failing = [
    ...new Set(records.filter((r) => r.verdict.status !== "SUCCEEDED").map((r) => r.delivery.endpointId)),
  ].filter((id) => !succeeded.has(id));
  return sql<QueuedJob>(Prisma.sql`
    WITH input AS (
      SELECT * FROM unnest(
        ${column((r) => r.delivery.id)}::text[], ${column((r) => r.delivery.attempt)}::int[], ${column(() => newId())}::text[], ${column(() => newId())}::text[],
        ${column((r) => r.startedAt.toISOString())}::timestamp(3)[], ${column((r) => r.result.durationMs)}::int[], ${column((r) => r.result.status)}::int[],
        ${column((r) => r.result.excerpt)}::text[], ${column((r) => r.result.error)}::text[], ${column((r) => r.verdict.status)}::text[],
        ${column((r) => r.verdict.retryAt?.toISOString() ?? null)}::timestamp(3)[], ${column((r) => r.delivery.endpointId)}::text[], ${column((r) => r.delivery.businessId)}::text[]
      ) AS i("deliveryId", "attempt", "attemptId", "jobId", "startedAt", "durationMs", "responseStatus", "responseBody", "error", "status", "retryAt", "endpointId", "businessId")
    ), attempt AS (
      INSERT INTO "WebhookAttempt" ("id", "deliveryId", "attemptNumber", "startedAt", "durationMs", "responseStatus", "responseBody", "error")
      SELECT "attemptId", "deliveryId", "attempt", "startedAt", "durationMs", "responseStatus", "responseBody", "error" FROM input
    ), delivery AS (
      UPDATE "WebhookDelivery" AS d SET "status" = i."status"::"WebhookDeliveryStatus", "nextAttemptAt" = i."retryAt", "updatedAt" = ${now}::timestamp(3)
      FROM input AS i
      WHERE d."id" = i."deliveryId" AND d."status" = 'PENDING' AND d."attemptCount" = i."attempt"
      RETURNING d."id", d."nextAttemptAt", i."jobId", i."endpointId", i."businessId"
    ), streak_ended AS (
      UPDATE "WebhookEndpoint" SET "failingSince" = NULL, "updatedAt" = ${now}::timestamp(3)
      WHERE "id" = ANY(${[...succeeded]}::text[]) AND "failingSince" IS NOT NULL
    ), streak_begun AS (
      UPDATE "WebhookEndpoint" SET "failingSince" = ${now}::timestamp(3), "updatedAt" = ${now}::timestamp(3)
      WHERE "id" = ANY(${failing}::text[]) AND "failingSince" IS NULL
    )
    INSERT INTO "ScheduledJob" ("id", "businessId", "kind", "lane", "subjectId", "concurrencyKey", "runAt", "createdAt")
    SELECT "jobId", "businessId", 'WEBHOOK_DELIVER', 'WEBHOOKS', "id", "endpointId", "nextAttemptAt", ${now}::timestamp(3)
    FROM delivery WHERE "nextAttemptAt" IS NOT NULL
    RETURNING "id", "runAt", "lane"::text, "concurrencyKey"`);
};
