import { advanceTransaction } from "../../services/transactions/advance-transaction";
import { notifyTransactionStatus } from "../../services/transactions/notify-transaction-status";
import type { JobHandler } from "../job-handler";

export const transactionAdvanceJob: JobHandler = async (job) => {
  await advanceTransaction({ transactionId: job.subjectId });
};

export const transactionNotifyJob: JobHandler = async (job) => {
  await notifyTransactionStatus(job);
};
