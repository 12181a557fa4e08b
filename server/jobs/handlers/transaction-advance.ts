import { advanceTransaction } from "@/server/services/transactions/advance-transaction";
import type { JobHandler } from "@/server/jobs/job-handler";

export const transactionAdvanceJob: JobHandler = async (job) => {
  await advanceTransaction({ transactionId: job.subjectId });
};
