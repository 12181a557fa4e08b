import { db } from "../../db";
import type { Actor } from "../actor";
import { describeActor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { sealIdempotencyClaim } from "../idempotency/idempotency-scope";
import { enqueueJob } from "../jobs/enqueue-job";
import { getWorkflow } from "./get-workflow";
import { loadActiveWorkflow } from "./load-active-workflow";

/** Texts the link again now (origin MANUAL), through the same job as the first text. */
export const resendWorkflow = async ({ businessId, workflowId, actor }: { businessId: string; workflowId: string; actor: Actor }) => {
  const job = await db().$transaction(async (tx) => {
    await loadActiveWorkflow(tx, businessId, workflowId);
    const queued = await enqueueJob(tx, { businessId, kind: "WORKFLOW_SEND", subjectId: workflowId, payload: { origin: "MANUAL", notifiedBy: describeActor(actor) } });
    await recordAudit(tx, { businessId, actor, action: "workflow.resent", targetType: "Workflow", targetId: workflowId });
    await sealIdempotencyClaim(tx);
    return queued;
  });
  return { workflow: await getWorkflow({ businessId, workflowId }), jobId: job.id, job };
};
