import "server-only";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { customerNotFound } from "@/server/services/customers/customer-view";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/**
 * Staff lift a customer's unsubscribe (like START for texts), when the customer asked them to:
 * the business's emails reach the customer's address again. Returns whether one was lifted.
 */
export const resumeCustomerEmails = async ({
  businessId,
  customerId,
  actor,
}: {
  businessId: string;
  customerId: string;
  actor: Actor;
}) =>
  inUnitOfWork(async ({ tx }) => {
    const customer = await tx.customer.findFirst({ where: { id: customerId, businessId }, select: { email: true } });
    if (!customer) throw customerNotFound();
    if (!customer.email) return { resumed: false };
    const { count } = await tx.emailOptOut.deleteMany({ where: { businessId, address: customer.email } });
    if (count > 0)
      await recordAudit(tx, {
        businessId,
        actor,
        action: "customer.email-resumed",
        targetType: "Customer",
        targetId: customerId,
      });
    return { resumed: count > 0 };
  });
