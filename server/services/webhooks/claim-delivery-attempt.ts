import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { sql } from "@/server/db/sql";
import { LANE_LIMITS } from "@/server/jobs/job-lanes";

/**
 * A claimed attempt holds the delivery this long; a runner that dies leaves it due again afterwards.
 * Shorter than the job's own lease, so that when the job comes due again its delivery can be claimed.
 */
const CLAIM_LEASE_MS = LANE_LIMITS.WEBHOOKS.leaseMs - 15_000;

export type ClaimedAttempt = {
  id: string;
  attempt: number;
  eventId: string;
  endpointId: string;
  businessId: string;
  url: string;
  failingSince: Date | null;
  payload: unknown;
  /** Encrypted signing secrets, newest first (two during a rotation). */
  secrets: string[];
};

/**
 * Claims the next attempt of each delivery and loads what sending it needs, in one statement
 * however many: the conditional update re-checks that a delivery is pending and due and that its
 * endpoint is ACTIVE, so a duplicate job does nothing. A delivery whose endpoint is paused is
 * parked (no next attempt) until the endpoint is resumed. Deliveries with nothing to send are missing.
 */
export const claimDeliveryAttempts = async (deliveryIds: string[], now = new Date()): Promise<ClaimedAttempt[]> => {
  if (deliveryIds.length === 0) return [];
  const at = now.toISOString();
  return sql<ClaimedAttempt>(Prisma.sql`
    WITH parked AS (
      UPDATE "WebhookDelivery" AS d SET "nextAttemptAt" = NULL, "updatedAt" = ${at}::timestamp(3)
      FROM "WebhookEndpoint" AS e
      WHERE d."id" = ANY(${deliveryIds}::text[]) AND d."status" = 'PENDING' AND e."id" = d."endpointId" AND e."status" <> 'ACTIVE'
    ), claimed AS (
      UPDATE "WebhookDelivery" AS d SET "attemptCount" = d."attemptCount" + 1, "lastAttemptAt" = ${at}::timestamp(3),
        "nextAttemptAt" = ${new Date(now.getTime() + CLAIM_LEASE_MS).toISOString()}::timestamp(3), "updatedAt" = ${at}::timestamp(3)
      FROM "WebhookEndpoint" AS e
      WHERE d."id" = ANY(${deliveryIds}::text[]) AND d."status" = 'PENDING' AND d."nextAttemptAt" <= ${at}::timestamp(3) AND e."id" = d."endpointId" AND e."status" = 'ACTIVE'
      RETURNING d."id", d."attemptCount" AS "attempt", d."eventId", d."endpointId", e."businessId", e."url", e."failingSince"
    )
    SELECT claimed.*, event."payload",
      ARRAY(SELECT s."encryptedSecret" FROM "WebhookSecret" AS s
            WHERE s."endpointId" = claimed."endpointId" AND (s."expiresAt" IS NULL OR s."expiresAt" > ${at}::timestamp(3))
            ORDER BY s."createdAt" DESC) AS "secrets"
    FROM claimed JOIN "WebhookEvent" AS event ON event."id" = claimed."eventId"`);
};
