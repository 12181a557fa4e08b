import { randomBytes, randomUUID } from "node:crypto";
import type pg from "pg";
import { hashApiKey } from "@/server/services/api-keys/api-key-format";

// What the create benchmarks compare LinX with: the same rows written by bare node-postgres, with
// none of LinX (no validation, rate limit, idempotency, DTOs or error mapping). The API key lookup,
// then one statement writing what LinX's create writes: the workflow, its steps, its two jobs, the
// audit entry and the webhook event with the lookup of its subscribed endpoints.
// scripts/bench-create-workflow.ts runs it in-process; app/api/bench/create-workflow (on only with
// LINX_BENCH_ROUTES) serves it as a bare Next.js route for scripts/bench-create-http.ts.

export type BareCreateBody = { title: string; steps: Array<{ name: string; parameters: object }> };

/** The body as the bare route takes it, or null: it checks only the shape its SQL needs (the point is to do no more). */
export const readBareCreateBody = (value: unknown): BareCreateBody | null => {
  const body = value as Partial<BareCreateBody> | null;
  const shaped =
    typeof body?.title === "string" &&
    Array.isArray(body.steps) &&
    body.steps.length > 0 &&
    body.steps.every(
      (step) => typeof step?.name === "string" && typeof step.parameters === "object" && step.parameters !== null,
    );
  return shaped ? (body as BareCreateBody) : null;
};

/** Creates the workflow `body` describes for the business of API key `key`; null when the key is unknown. */
export const bareCreateWorkflow = async (pool: pg.Pool, key: string, body: BareCreateBody) => {
  const apiKey = await pool.query<{ businessId: string }>(
    `SELECT k.id, k."businessId", k.mode, k."revokedAt", k."lastUsedAt", b."defaultExpireInHours" FROM "ApiKey" k JOIN "Business" b ON b.id = k."businessId" WHERE k."keyHash" = $1`,
    [hashApiKey(key)],
  );
  const businessId = apiKey.rows[0]?.businessId;
  if (!businessId) return null;
  const id = randomUUID();
  const phoneNumber = (body.steps[0]?.parameters as { phoneNumber?: string } | undefined)?.phoneNumber ?? "";
  await pool.query(
    `WITH workflow AS (
       INSERT INTO "Workflow" (id, "businessId", title, "phoneNumber", status, "expireAt", "tokenHash", "linkNonce", "createdAt", "updatedAt")
       SELECT $1, id, $3, $4, 'ACTIVE', now() + make_interval(hours => "defaultExpireInHours"), $5, $6, now(), now() FROM "Business" WHERE id = $2
       RETURNING id, "expireAt"
     ), step AS (
       INSERT INTO "WorkflowStep" (id, "workflowId", position, name, status, parameters, "updatedAt")
       SELECT gen_random_uuid()::text, workflow.id, p, n::"StepName", CASE WHEN p = 0 THEN 'ACTIVE' ELSE 'CREATED' END::"StepStatus", params, now()
       FROM workflow, unnest($7::int[], $8::text[], $9::jsonb[]) AS s(p, n, params)
     ), job AS (
       INSERT INTO "ScheduledJob" (id, "businessId", kind, lane, "subjectId", "runAt")
       SELECT gen_random_uuid()::text, $2, k::"JobKind", l::"JobLane", workflow.id, CASE WHEN k = 'WORKFLOW_SEND' THEN now() ELSE workflow."expireAt" END
       FROM workflow, unnest(ARRAY['WORKFLOW_SEND', 'WORKFLOW_EXPIRE'], ARRAY['MESSAGES', 'EXPIRY']) AS j(k, l)
     ), audit AS (
       INSERT INTO "AuditLog" (id, "businessId", "actorType", action, "targetType", "targetId") SELECT gen_random_uuid()::text, $2, 'API_KEY', 'workflow.created', 'Workflow', id FROM workflow
     ), event AS (
       INSERT INTO "WebhookEvent" (id, "businessId", type, payload) SELECT $10, $2, 'linx.workflow-updated', $11 FROM workflow
     ), receiver AS (
       SELECT id FROM "WebhookEndpoint" WHERE "businessId" = $2 AND status = 'ACTIVE' AND (cardinality("eventTypes") = 0 OR 'linx.workflow-updated' = ANY("eventTypes"))
     )
     SELECT (SELECT count(*) FROM workflow) AS created, (SELECT count(*) FROM receiver) AS receivers`,
    [
      id,
      businessId,
      body.title,
      phoneNumber,
      randomBytes(32).toString("hex"),
      randomBytes(16).toString("hex"),
      body.steps.map((_, p) => p),
      body.steps.map((s) => s.name),
      body.steps.map((s) => JSON.stringify(s.parameters)),
      `msg_${randomUUID()}`,
      JSON.stringify({ workflow: { id, status: "ACTIVE" } }),
    ],
  );
  return { id };
};
