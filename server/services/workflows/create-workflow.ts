import { db } from "../../db";
import { AppError } from "../../errors";
import { newSixDigitCode } from "../../auth/one-time-code";
import { hashPassword } from "../../auth/password";
import { hashLinkToken, linkTokenFor, newLinkNonce } from "../../auth/link-token";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { sealIdempotencyClaim } from "../idempotency/idempotency-scope";
import { enqueueJobs } from "../jobs/enqueue-job";
import { emitWorkflowUpdated } from "../webhooks/domain-events";
import { checkStepReferences } from "./check-step-references";
import { type CreateWorkflowInput, ZCreateWorkflowInput } from "./create-workflow-input";
import { insertWorkflow } from "./insert-workflow";
import { toWorkflowDto } from "./workflow-dto";

export type CreateWorkflowArgs = {
  businessId: string;
  actor: Actor;
  input: CreateWorkflowInput;
  templateVersionId?: string;
};

/**
 * Creates an ACTIVE workflow and, in the same transaction, the jobs that text the link now and
 * expire it later. Returns the workflow, its link (for the caller's own use), the passcode once,
 * and the jobs it enqueued (for dispatchJobs).
 */
export const createWorkflow = async ({ businessId, actor, input, templateVersionId }: CreateWorkflowArgs) => {
  const parsed = ZCreateWorkflowInput.safeParse(input);
  if (!parsed.success) throw parsed.error;
  const { title, customerMemo, expireInHours, authentication, steps } = parsed.data;
  const notification = steps[0]!;
  if (notification.name !== "notification") throw new AppError("UNPROCESSABLE", "the first step must be notification");

  const linkNonce = newLinkNonce();
  const token = linkTokenFor(linkNonce);
  const passcode = authentication === "PASSCODE" ? newSixDigitCode() : undefined;
  const passcodeHash = passcode ? await hashPassword(passcode) : null;

  const saved = await db().$transaction(async (tx) => {
    await checkStepReferences(tx, businessId, steps);
    const now = new Date();
    const created = await insertWorkflow(tx, {
      businessId,
      title,
      customerMemo: customerMemo ?? null,
      phoneNumber: notification.parameters.phoneNumber,
      expireInHours: expireInHours ?? null,
      tokenHash: hashLinkToken(token),
      linkNonce,
      authentication,
      passcodeHash,
      templateVersionId: templateVersionId ?? null,
      customerId: steps.find((s) => s.name === "lookup-profile")?.parameters.customerId ?? null,
      createdByUserId: actor.type === "USER" ? actor.id : null,
      createdByApiKeyId: actor.type === "API_KEY" ? actor.id : null,
      steps,
      now,
    });
    if (!created) throw new AppError("NOT_FOUND", "Business not found");
    const jobs = await enqueueJobs(tx, [
      { businessId, kind: "WORKFLOW_SEND", subjectId: created.id, runAt: now },
      { businessId, kind: "WORKFLOW_EXPIRE", subjectId: created.id, runAt: created.expireAt },
    ]);
    await recordAudit(tx, { businessId, actor, action: "workflow.created", targetType: "Workflow", targetId: created.id, metadata: { title, steps: steps.map((s) => s.name) } });
    jobs.push(...(await emitWorkflowUpdated(tx, created)));
    await sealIdempotencyClaim(tx);
    return { created, jobs };
  });

  // `jobs` go to dispatchJobs() once the caller has them, so the first text leaves at once.
  return { workflow: toWorkflowDto(saved.created), token, passcode, jobs: saved.jobs };
};
