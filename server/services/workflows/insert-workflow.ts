import type { WorkflowAuthentication } from "../../generated/prisma/enums";
import type { Tx } from "../../db";
import { newId } from "../../db/new-id";
import { toStepEnum } from "./step-name";
import type { Step, StepNameValue } from "./step-parameters";
import type { WorkflowRow } from "./workflow-dto";

export type NewWorkflow = {
  businessId: string;
  title: string;
  customerMemo: string | null;
  phoneNumber: string;
  /** Null: the business's default lifetime. */
  expireInHours: number | null;
  tokenHash: string;
  linkNonce: string;
  authentication: WorkflowAuthentication;
  passcodeHash: string | null;
  templateVersionId: string | null;
  customerId: string | null;
  createdByUserId: string | null;
  createdByApiKeyId: string | null;
  steps: Step[];
  now: Date;
};

/** The new workflow as `workflowSelect` reads it, and its business. */
export type InsertedWorkflow = WorkflowRow & { businessId: string };

// The database stores a step's name as the product speaks it ("customer-account"); Prisma's enum key is CUSTOMER_ACCOUNT.
type StepColumns = Omit<WorkflowRow["steps"][number], "name" | "data" | "completedAt"> & { name: StepNameValue };

/**
 * Writes an ACTIVE workflow and its steps, the first one ACTIVE, and returns them as
 * `workflowSelect` reads them; null when the business does not exist. The expiry is
 * `expireInHours` from `now`, or the business's default lifetime, read in the same statement.
 *
 * Hand-written SQL because it is the hot path of POST /linx/workflows: Prisma sends four
 * statements for a nested create and its read back, and compiles each one anew.
 */
export const insertWorkflow = async (tx: Tx, workflow: NewWorkflow): Promise<InsertedWorkflow | null> => {
  const now = workflow.now.toISOString();
  const { steps } = workflow;
  const [row] = await tx.$queryRaw<Array<Omit<InsertedWorkflow, "steps"> & { steps: StepColumns[] }>>`
    WITH workflow AS (
      INSERT INTO "Workflow" ("id", "businessId", "templateVersionId", "customerId", "title", "customerMemo", "phoneNumber", "status", "expireAt",
        "tokenHash", "linkNonce", "authentication", "passcodeHash", "createdByUserId", "createdByApiKeyId", "createdAt", "updatedAt")
      SELECT ${newId()}, "id", ${workflow.templateVersionId}, ${workflow.customerId}, ${workflow.title}, ${workflow.customerMemo}, ${workflow.phoneNumber},
        'ACTIVE'::"WorkflowStatus", ${now}::timestamp(3) + make_interval(hours => coalesce(${workflow.expireInHours}::int, "defaultExpireInHours")),
        ${workflow.tokenHash}, ${workflow.linkNonce}, ${workflow.authentication}::"WorkflowAuthentication", ${workflow.passcodeHash},
        ${workflow.createdByUserId}, ${workflow.createdByApiKeyId}, ${now}::timestamp(3), ${now}::timestamp(3)
      FROM "Business" WHERE "id" = ${workflow.businessId}
      RETURNING *
    ), step AS (
      INSERT INTO "WorkflowStep" ("id", "workflowId", "position", "name", "status", "parameters", "updatedAt")
      SELECT step."id", workflow."id", (step."n" - 1)::int, step."name"::"StepName",
        (CASE step."n" WHEN 1 THEN 'ACTIVE' ELSE 'CREATED' END)::"StepStatus", step."parameters", ${now}::timestamp(3)
      FROM workflow, unnest(${steps.map(() => newId())}::text[], ${steps.map((s) => s.name)}::text[], ${steps.map((s) => JSON.stringify(s.parameters))}::jsonb[])
        WITH ORDINALITY AS step("id", "name", "parameters", "n")
      RETURNING "id", "position", "name", "status", "parameters"
    )
    SELECT "id", "businessId", "status"::text, "title", "customerMemo", "phoneNumber", "channel"::text, "expireAt", "nextNotificationAt",
      "declineReason"::text, "declineReasonText", "customerId", "templateVersionId", "optedOut", "openedAt", "completedAt", "createdAt", "updatedAt",
      (SELECT json_agg(step ORDER BY "position") FROM step) AS "steps"
    FROM workflow`;
  // A new step has produced nothing and is not completed.
  return row ? { ...row, steps: row.steps.map((step) => ({ ...step, name: toStepEnum(step.name), data: null, completedAt: null })) } : null;
};
