import { AsyncLocalStorage } from "node:async_hooks";
import type { Tx } from "../../db";
import { AppError } from "../../errors";
import { IDEMPOTENCY_KEY_IN_USE, IN_PROGRESS, WORK_COMMITTED } from "./idempotency-record-state";

// The claim of the request being served, if it sent an Idempotency-Key. Services reach it through
// `sealIdempotencyClaim` so that they keep taking plain inputs and never see the request.
const currentClaim = new AsyncLocalStorage<{ recordId: string }>();

export const runWithIdempotencyClaim = <T>(recordId: string, work: () => Promise<T>) => currentClaim.run({ recordId }, work);

/**
 * Call inside the transaction that does a request's work. It marks the claim WORK_COMMITTED in
 * that same transaction, so the work and the mark commit together or not at all. If the claim
 * was taken over (its lease ran out) the mark fails and the work rolls back: it never runs twice.
 * Outside a request with an Idempotency-Key it does nothing.
 */
export const sealIdempotencyClaim = async (tx: Tx) => {
  const claim = currentClaim.getStore();
  if (!claim) return;
  const sealed = await tx.idempotencyRecord.updateMany({
    where: { id: claim.recordId, responseStatus: { in: [IN_PROGRESS, WORK_COMMITTED] } },
    data: { responseStatus: WORK_COMMITTED },
  });
  if (sealed.count === 0) {
    throw new AppError("CONFLICT", "This request's Idempotency-Key was taken over by a retry", { reason: IDEMPOTENCY_KEY_IN_USE });
  }
};
