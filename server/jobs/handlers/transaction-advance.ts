import { advanceTransaction } from "../../services/transactions/advance-transaction";
import type { JobHandler } from "../job-handler";

export const transactionAdvanceJob: JobHandler = async (job) => {
  await advanceTransaction({ transactionId: job.subjectId });
};
