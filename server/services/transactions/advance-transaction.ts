import "server-only";
import { db } from "@/server/db";
import type { TransactionStatus } from "@/server/generated/prisma/enums";
import { sandboxRail } from "@/server/rail/sandbox-rail";
import { emitTransactionStatusChanged } from "@/server/services/webhooks/domain-events";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/** The statuses a customer hears about by SMS. */
const CUSTOMER_TEXTED_STATUSES: TransactionStatus[] = [
  "PROCESSING",
  "SETTLED",
  "CLEARED",
  "DECLINED",
  "ERROR",
  "REVERSED",
];

/**
 * One move of a transaction along the rail (job TRANSACTION_ADVANCE). The conditional update on
 * the current status is the claim: a duplicate run moves nothing. The next move and the customer's
 * text are jobs written in the same transaction as the status change, with the webhook event;
 * those already due are dispatched after commit.
 */
export const advanceTransaction = async ({ transactionId }: { transactionId: string }) => {
  const transaction = await db().transaction.findUnique({
    where: { id: transactionId },
    select: { id: true, businessId: true, status: true, amount: true, transactionType: true },
  });
  if (!transaction) return { moved: false as const };
  const current = { ...transaction, amount: transaction.amount.toFixed(2) };
  const next = sandboxRail.nextStep(current);
  if (!next) return { moved: false as const };

  return inUnitOfWork(async (uow) => {
    const { tx } = uow;
    const { count } = await tx.transaction.updateMany({
      where: { id: transactionId, status: transaction.status },
      data: { status: next.status, failureReason: next.reason ?? undefined, railReference: `sandbox_${transactionId}` },
    });
    if (count === 0) return { moved: false as const };
    await tx.transactionStatusChange.create({
      data: { transactionId, fromStatus: transaction.status, toStatus: next.status, reason: next.reason ?? null },
      select: { id: true },
    });
    await emitTransactionStatusChanged(uow, { transactionId, previousStatus: transaction.status });
    const following = sandboxRail.nextStep({ ...current, status: next.status });
    if (following) {
      await uow.enqueue({
        businessId: transaction.businessId,
        kind: "TRANSACTION_ADVANCE",
        subjectId: transactionId,
        runAt: new Date(Date.now() + following.afterMs),
      });
    }
    if (CUSTOMER_TEXTED_STATUSES.includes(next.status)) {
      await uow.enqueue({
        businessId: transaction.businessId,
        kind: "TRANSACTION_NOTIFY",
        subjectId: transactionId,
        payload: { status: next.status },
      });
    }
    return { moved: true as const, from: transaction.status, to: next.status };
  });
};
