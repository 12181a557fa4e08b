import { notifyTransactionStatus } from "../../services/transactions/notify-transaction-status";
import type { JobHandler } from "../job-handler";

export const transactionNotifyJob: JobHandler = async (job) => {
  await notifyTransactionStatus(job);
};
