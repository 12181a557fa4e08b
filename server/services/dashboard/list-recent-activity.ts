import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { db } from "@/server/db";

// The dashboard's feed: the latest things that happened to this business's workflows, newest
// first, from what is already written down: the audit log (who sent, resent, extended or
// cancelled a workflow; the customer opening, completing or declining it; its expiry) and the
// transactions' status-change events. One statement, bounded whatever the business holds: each
// audit action is read newest first through the (businessId, action, createdAt) index and cut at
// `limit`, the payment events through (businessId, type, createdAt) and cut at a few times that;
// the two are merged, cut at `limit`, and only then joined to their workflows and actors. Nothing staff-only leaves it: no IP address, no metadata but a
// decline reason, no API key id (its name, as on the workflow's own timeline).

export const WORKFLOW_ACTIVITY = [
  "created",
  "resent",
  "extended",
  "cancelled",
  "opened",
  "completed",
  "declined",
  "expired",
] as const;
/** NEW and PENDING are left out: the customer's confirmation is the workflow's completion, and PENDING only queues it. */
export const TRANSACTION_ACTIVITY = [
  "PROCESSING",
  "SETTLED",
  "CLEARED",
  "DECLINED",
  "ERROR",
  "REVERSED",
  "CANCELLED",
] as const;

export type ActivityItem = {
  id: string;
  at: string;
  what:
    | { kind: "workflow"; action: (typeof WORKFLOW_ACTIVITY)[number]; declineReason: string | null }
    | {
        kind: "transaction";
        status: (typeof TRANSACTION_ACTIVITY)[number];
        amount: string;
        currency: string;
        transactionType: "SEND" | "REQUEST";
      };
  /** Who did it, when it was staff or an API key: a team member's name, or `API key “…”`. */
  actor: string | null;
  actorType: "USER" | "API_KEY" | "CUSTOMER" | "SYSTEM" | null;
  /** `phoneNumber`: the number texted, or the address of a request by email. */
  workflow: { id: string; title: string; phoneNumber: string };
};

type Row = {
  id: string;
  at: Date;
  source: "audit" | "transaction";
  action: string;
  actor_type: ActivityItem["actorType"];
  member_name: string | null;
  api_key_name: string | null;
  decline_reason: string | null;
  amount: string | null;
  currency: string | null;
  transaction_type: "SEND" | "REQUEST" | null;
  workflow_id: string;
  title: string;
  phone_number: string;
};

/** How many of the latest payment events are read to find `limit` worth showing (most are, bar NEW and PENDING). */
const PAYMENT_EVENTS_READ = 5;

const feedQuery = (businessId: string, limit: number) => Prisma.sql`
  WITH audit AS (
    SELECT entry.* FROM unnest(ARRAY[${Prisma.join(WORKFLOW_ACTIVITY.map((action) => `workflow.${action}`))}]::text[]) AS wanted(action)
    CROSS JOIN LATERAL (
      SELECT a."id", a."createdAt" AS at, 'audit' AS source, substr(a."action", 10) AS action, a."actorType"::text AS actor_type, a."actorId" AS actor_id,
             a."targetId" AS workflow_id, a."metadata" ->> 'reason' AS decline_reason, NULL::text AS amount, NULL::text AS currency, NULL::text AS transaction_type
      FROM "AuditLog" a
      WHERE a."businessId" = ${businessId} AND a."action" = wanted.action AND a."targetType" = 'Workflow'
      ORDER BY a."createdAt" DESC
      LIMIT ${limit}
    ) entry
  ), money AS (
    SELECT e."id", e."createdAt", 'transaction', e."payload" #>> '{data,transaction,status}', NULL, NULL,
           e."payload" #>> '{data,transaction,workflowId}', NULL, e."payload" #>> '{data,transaction,amount}',
           e."payload" #>> '{data,transaction,currency}', e."payload" #>> '{data,transaction,transactionType}'
    FROM (
      SELECT "id", "createdAt", "payload" FROM "WebhookEvent"
      WHERE "businessId" = ${businessId} AND "type" = 'transactions.status-changed'
      ORDER BY "createdAt" DESC
      LIMIT ${limit * PAYMENT_EVENTS_READ}
    ) e
    WHERE e."payload" #>> '{data,transaction,status}' IN (${Prisma.join([...TRANSACTION_ACTIVITY])})
      AND e."payload" #>> '{data,transaction,workflowId}' IS NOT NULL
  ), feed AS (
    (SELECT * FROM audit UNION ALL SELECT * FROM money) ORDER BY at DESC, "id" DESC LIMIT ${limit}
  )
  SELECT feed."id", feed.at, feed.source, feed.action, feed.actor_type, u."name" AS member_name, k."name" AS api_key_name,
         feed.decline_reason, feed.amount, feed.currency, feed.transaction_type, w."id" AS workflow_id, w."title", coalesce(w."phoneNumber", w."email") AS phone_number
  FROM feed
  CROSS JOIN LATERAL (SELECT "id", "title", "phoneNumber", "email" FROM "Workflow" WHERE "id" = feed.workflow_id AND "businessId" = ${businessId}) w
  LEFT JOIN "Membership" m ON feed.actor_type = 'USER' AND m."userId" = feed.actor_id AND m."businessId" = ${businessId}
  LEFT JOIN "User" u ON u."id" = m."userId"
  LEFT JOIN "ApiKey" k ON feed.actor_type = 'API_KEY' AND k."id" = feed.actor_id AND k."businessId" = ${businessId}
  ORDER BY feed.at DESC, feed."id" DESC`;

const actorName = (row: Row) => {
  if (row.actor_type === "USER") return row.member_name ?? "A former team member";
  if (row.actor_type === "API_KEY") return row.api_key_name ? `API key “${row.api_key_name}”` : "An API key";
  return null;
};

/** The `limit` latest workflow and payment events of one business, newest first. */
export const listRecentActivity = async ({
  businessId,
  limit,
}: {
  businessId: string;
  limit: number;
}): Promise<ActivityItem[]> => {
  const rows = await db().$queryRaw<Row[]>(feedQuery(businessId, limit));
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    what:
      row.source === "audit"
        ? {
            kind: "workflow",
            action: row.action as (typeof WORKFLOW_ACTIVITY)[number],
            declineReason: row.decline_reason,
          }
        : {
            kind: "transaction",
            status: row.action as (typeof TRANSACTION_ACTIVITY)[number],
            amount: row.amount ?? "0.00",
            currency: row.currency ?? "USD",
            transactionType: row.transaction_type ?? "REQUEST",
          },
    actor: actorName(row),
    actorType: row.source === "audit" ? row.actor_type : null,
    workflow: { id: row.workflow_id, title: row.title, phoneNumber: row.phone_number },
  }));
};
