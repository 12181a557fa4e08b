import { db, type Tx } from "../../db";
import { dispatchJobs } from "../../jobs/dispatch-jobs";
import type { QueuedJob } from "./enqueue-job";

/**
 * Runs `work` in one transaction. The work adds the jobs it enqueues (its own, and those of the
 * webhook events it emits) to `jobs`; once the transaction has committed they are dispatched, so
 * they run now rather than at the next sweep. Rolled back, they never existed.
 */
export const transactionWithJobs = async <T>(work: (tx: Tx, jobs: QueuedJob[]) => Promise<T>): Promise<T> => {
  const jobs: QueuedJob[] = [];
  const result = await db().$transaction((tx) => work(tx, jobs));
  await dispatchJobs(jobs);
  return result;
};
