import "server-only";
import { SYSTEM } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { UnitOfWork } from "@/server/work/unit-of-work";
import { emitCustomerStatusUpdated } from "@/server/services/webhooks/domain-events";

/**
 * A NEW customer becomes ACTIVE when a workflow of theirs completes: they have gone through every
 * step the business asked for. Any other status is the business's to change, so it is left alone.
 */
export const activateOnboardedCustomer = async (
  uow: UnitOfWork,
  { customerId, workflowId }: { customerId: string; workflowId: string },
) => {
  const { tx } = uow;
  const { count } = await tx.customer.updateMany({
    where: { id: customerId, status: "NEW" },
    data: { status: "ACTIVE" },
  });
  if (count === 0) return;
  const { businessId } = await tx.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: { businessId: true },
  });
  await recordAudit(tx, {
    businessId,
    actor: SYSTEM,
    action: "customer.activated",
    targetType: "Customer",
    targetId: customerId,
    metadata: { workflowId },
  });
  await emitCustomerStatusUpdated(uow, { customerId, previousStatus: "NEW" });
};
