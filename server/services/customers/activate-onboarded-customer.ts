import type { Tx } from "../../db";
import { SYSTEM } from "../actor";
import { recordAudit } from "../audit/record-audit";
import type { QueuedJob } from "../jobs/enqueue-job";
import { emitCustomerStatusUpdated } from "../webhooks/domain-events";

/**
 * A NEW customer becomes ACTIVE when a workflow of theirs completes: they have gone through every
 * step the business asked for. Any other status is the business's to change, so it is left alone.
 * Returns the jobs of the `customer.status-updated` event.
 */
export const activateOnboardedCustomer = async (tx: Tx, { customerId, workflowId }: { customerId: string; workflowId: string }): Promise<QueuedJob[]> => {
  const { count } = await tx.customer.updateMany({ where: { id: customerId, status: "NEW" }, data: { status: "ACTIVE" } });
  if (count === 0) return [];
  const { businessId } = await tx.customer.findUniqueOrThrow({ where: { id: customerId }, select: { businessId: true } });
  await recordAudit(tx, { businessId, actor: SYSTEM, action: "customer.activated", targetType: "Customer", targetId: customerId, metadata: { workflowId } });
  return emitCustomerStatusUpdated(tx, { customerId, previousStatus: "NEW" });
};
