import "server-only";
import type { Actor } from "@/server/services/actor";
import { describeActor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { getWorkflow } from "./get-workflow";
import { loadActiveWorkflow } from "./load-active-workflow";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/** Texts the link again now (origin MANUAL), through the same job as the first text. */
export const resendWorkflow = async ({
  businessId,
  workflowId,
  actor,
}: {
  businessId: string;
  workflowId: string;
  actor: Actor;
}) =>
  inUnitOfWork(async (uow) => {
    const { tx } = uow;
    await loadActiveWorkflow(tx, businessId, workflowId);
    await uow.enqueue({
      businessId,
      kind: "WORKFLOW_SEND",
      subjectId: workflowId,
      payload: { origin: "MANUAL", notifiedBy: describeActor(actor) },
    });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "workflow.resent",
      targetType: "Workflow",
      targetId: workflowId,
    });
    return getWorkflow({ businessId, workflowId }, tx);
  });
