import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { Channel, WorkflowAuthentication } from "@/server/generated/prisma/enums";
import { newId } from "@/server/db/new-id";
import { insertJobsStatement, type QueuedJob } from "@/server/jobs/enqueue-jobs";
import {
  insertIdempotencyRecordStatement,
  type IdempotencyScope,
  type IdempotentReply,
} from "@/server/idempotency/idempotency-scope";
import type { Actor } from "@/server/services/actor";
import { auditStatement } from "@/server/services/audit/record-audit";
import { eventCtes } from "@/server/services/webhooks/emit-event";
import { toStepEnum } from "./stored-step";
import type { Step } from "@/server/contracts/workflows/step-parameters";
import type { WorkflowRow } from "./workflow-dto";

export type NewWorkflow = {
  businessId: string;
  title: string;
  customerMemo: string | null;
  locale: string | null;
  phoneNumber: string | null;
  channel: Channel;
  email: string | null;
  expireAt: Date;
  tokenHash: string;
  linkNonce: string;
  authentication: WorkflowAuthentication;
  passcodeHash: string | null;
  templateVersionId: string | null;
  customerId: string | null;
  actor: Actor;
  steps: Step[];
  now: Date;
};

/** The new workflow as `workflowSelect` would read it back: ACTIVE, its first step ACTIVE. Made here, so nothing is read back. */
export const newWorkflowRow = (workflow: NewWorkflow): WorkflowRow => ({
  id: newId(),
  status: "ACTIVE",
  title: workflow.title,
  customerMemo: workflow.customerMemo,
  locale: workflow.locale,
  phoneNumber: workflow.phoneNumber,
  channel: workflow.channel,
  email: workflow.email,
  expireAt: workflow.expireAt,
  nextNotificationAt: null,
  declineReason: null,
  declineReasonText: null,
  customerId: workflow.customerId,
  templateVersionId: workflow.templateVersionId,
  optedOut: false,
  openedAt: null,
  completedAt: null,
  createdAt: workflow.now,
  updatedAt: workflow.now,
  steps: workflow.steps.map((step, position) => ({
    id: newId(),
    position,
    name: toStepEnum(step.name),
    status: position === 0 ? "ACTIVE" : "CREATED",
    parameters: step.parameters,
    data: null,
    completedAt: null,
  })),
});

export type CreateWorkflowStatementInput = {
  workflow: NewWorkflow;
  row: WorkflowRow;
  /** With an Idempotency-Key: its record and the response, written first; a live record of the key makes the statement write nothing. */
  idempotency?: { scope: IdempotencyScope; reply: IdempotentReply };
};

export type CreateWorkflowStatementResult = { claimed: boolean; created: boolean; jobs: QueuedJob[] };

/**
 * Everything creating a workflow writes, as one statement (one round trip, one transaction): the
 * Idempotency-Key record with its response, the workflow and its steps, the jobs that text the
 * link now and expire it later, the audit entry, and the `linx.workflow-updated` event with its
 * deliveries and their jobs. Each part is written only if the ones before it were (`gate`), so a
 * taken key or a missing business writes nothing at all.
 */
export const createWorkflowStatement = ({ workflow, row, idempotency }: CreateWorkflowStatementInput) => {
  const now = workflow.now.toISOString();
  const created = Prisma.sql`EXISTS (SELECT 1 FROM workflow)`;
  const jobs = insertJobsStatement(
    [
      { businessId: workflow.businessId, kind: "WORKFLOW_SEND", subjectId: row.id, runAt: workflow.now },
      { businessId: workflow.businessId, kind: "WORKFLOW_EXPIRE", subjectId: row.id, runAt: workflow.expireAt },
    ],
    workflow.now,
    created,
  );
  const { actor } = workflow;
  const audit = auditStatement(
    {
      businessId: workflow.businessId,
      actor,
      action: "workflow.created",
      targetType: "Workflow",
      targetId: row.id,
      metadata: { title: workflow.title, steps: workflow.steps.map((s) => s.name) },
    },
    created,
  );
  const steps = row.steps.map((step) => ({ name: step.name, status: step.status }));
  const event = eventCtes(
    {
      businessId: workflow.businessId,
      type: "linx.workflow-updated",
      data: {
        workflow: {
          id: row.id,
          status: "ACTIVE",
          title: row.title,
          customerId: row.customerId,
          expireAt: row.expireAt.toISOString(),
          declineReason: null,
          completedAt: null,
        },
        previousStep: null,
        currentStep: { stepName: workflow.steps[0]!.name, status: steps[0]!.status },
        nextStep: workflow.steps[1] ? { stepName: workflow.steps[1].name, status: "CREATED" } : null,
      },
    },
    created,
  );
  const claim = idempotency
    ? Prisma.sql`claim AS (${insertIdempotencyRecordStatement(idempotency.scope, idempotency.reply, workflow.now)})`
    : Prisma.sql`claim AS (SELECT 1)`;
  const statement = Prisma.sql`
    WITH ${claim},
    workflow AS (
      INSERT INTO "Workflow" ("id", "businessId", "templateVersionId", "customerId", "title", "customerMemo", "locale", "phoneNumber", "channel", "email", "status", "expireAt",
        "tokenHash", "linkNonce", "authentication", "passcodeHash", "createdByUserId", "createdByApiKeyId", "createdAt", "updatedAt")
      SELECT ${row.id}, "id", ${workflow.templateVersionId}, ${workflow.customerId}, ${workflow.title}, ${workflow.customerMemo}, ${workflow.locale}, ${workflow.phoneNumber},
        ${workflow.channel}::"Channel", ${workflow.email},
        'ACTIVE'::"WorkflowStatus", ${row.expireAt.toISOString()}::timestamp(3), ${workflow.tokenHash}, ${workflow.linkNonce},
        ${workflow.authentication}::"WorkflowAuthentication", ${workflow.passcodeHash},
        ${actor.type === "USER" ? actor.id : null}, ${actor.type === "API_KEY" ? actor.id : null}, ${now}::timestamp(3), ${now}::timestamp(3)
      FROM "Business" WHERE "id" = ${workflow.businessId} AND EXISTS (SELECT 1 FROM claim)
      RETURNING "id"
    ),
    step AS (
      INSERT INTO "WorkflowStep" ("id", "workflowId", "position", "name", "status", "parameters", "updatedAt")
      SELECT step."id", workflow."id", step."position", step."name"::"StepName", step."status"::"StepStatus", step."parameters", ${now}::timestamp(3)
      FROM workflow, unnest(${row.steps.map((s) => s.id)}::text[], ${row.steps.map((s) => s.position)}::int[], ${workflow.steps.map((s) => s.name)}::text[],
        ${row.steps.map((s) => s.status)}::text[], ${row.steps.map((s) => JSON.stringify(s.parameters))}::jsonb[]) AS step("id", "position", "name", "status", "parameters")
    ),
    job AS (${jobs.statement}),
    audit AS (${audit}),
    ${event.ctes}
    SELECT EXISTS (SELECT 1 FROM claim) AS "claimed", ${created} AS "created",
      coalesce((SELECT json_agg(json_build_object('id', "id", 'runAt', "runAt", 'lane', "lane", 'concurrencyKey', "concurrencyKey")) FROM event_job), '[]') AS "deliveryJobs"`;
  const read = (result: {
    claimed: boolean;
    created: boolean;
    deliveryJobs: Array<Omit<QueuedJob, "runAt"> & { runAt: string }>;
  }): CreateWorkflowStatementResult => ({
    claimed: result.claimed,
    created: result.created,
    jobs: result.created
      ? [...jobs.queued, ...result.deliveryJobs.map((job) => ({ ...job, runAt: new Date(`${job.runAt}Z`) }))]
      : [],
  });
  return { statement, read };
};
