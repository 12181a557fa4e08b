import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { inUnitOfWork } from "../../work/unit-of-work";

/**
 * Records the first time a customer opened the link, with its audit entry (the dashboard's
 * activity feed reads it). Later visits change nothing.
 */
export const markWorkflowOpened = async ({ workflowId, actor }: { workflowId: string; actor: Actor }) =>
  inUnitOfWork(async ({ tx }) => {
    const openedAt = new Date();
    const { count } = await tx.workflow.updateMany({ where: { id: workflowId, openedAt: null }, data: { openedAt } });
    if (count === 0) return { firstOpen: false };
    const { businessId } = await tx.workflow.findUniqueOrThrow({ where: { id: workflowId }, select: { businessId: true } });
    await recordAudit(tx, { businessId, actor, action: "workflow.opened", targetType: "Workflow", targetId: workflowId });
    return { firstOpen: true };
  });
