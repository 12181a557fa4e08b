import { notifyTransactionStatus } from "@/server/services/transactions/notify-transaction-status";
import type { JobHandler } from "@/server/jobs/job-handler";

export const transactionNotifyJob: JobHandler = async (job) => {
  await notifyTransactionStatus(job);
};
