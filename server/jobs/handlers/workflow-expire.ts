import { expireWorkflow } from "../../services/workflows/expire-workflow";
import type { JobHandler } from "../job-handler";

export const workflowExpireJob: JobHandler = async (job) => {
  await expireWorkflow(job);
};
