import "server-only";
import { deleteExpiredIdempotencyRecords } from "./delete-expired-idempotency-records";
import { deleteExpiredSessionRevocations } from "./delete-expired-session-revocations";
import { foldWorkflowStatusDeltas } from "@/server/services/dashboard/workflow-status-tally";
import { deleteOldSignInAttempts } from "@/server/services/staff/sign-in-throttle";

const BATCH_SIZE = 1000;
const MAX_ROUNDS = 20;

type BoundedDelete = (options: { now: Date; limit: number }) => Promise<{ deleted: number }>;

/** Up to `maxRounds` batches of one bounded delete; stops at the first batch that is not full. */
const deleteInRounds = async (
  remove: BoundedDelete,
  { now, batchSize, maxRounds }: { now: Date; batchSize: number; maxRounds: number },
) => {
  let total = 0;
  for (let round = 0; round < maxRounds; round += 1) {
    const { deleted } = await remove({ now, limit: batchSize });
    total += deleted;
    if (deleted < batchSize) break;
  }
  return total;
};

/**
 * Deletes what has outlived its use (expired idempotency records, sign-in attempts that no longer
 * count, revoked session ids of sessions that have ended anyway, workflow status deltas once folded into their totals) in bounded batches, so a run costs what is due, not the tables' size; what is left over
 * goes at the next run. Called hourly by the Inngest cron and by the in-process runner.
 */
export const runHousekeeping = async ({
  now = new Date(),
  batchSize = BATCH_SIZE,
  maxRounds = MAX_ROUNDS,
}: {
  now?: Date;
  batchSize?: number;
  maxRounds?: number;
} = {}) => {
  const options = { now, batchSize, maxRounds };
  return {
    idempotencyRecords: await deleteInRounds(deleteExpiredIdempotencyRecords, options),
    signInAttempts: await deleteInRounds(deleteOldSignInAttempts, options),
    sessionRevocations: await deleteInRounds(deleteExpiredSessionRevocations, options),
    workflowStatusDeltas: await deleteInRounds(foldWorkflowStatusDeltas, options),
  };
};
