import { expireWorkflow } from "@/server/services/workflows/expire-workflow";
import type { JobHandler } from "@/server/jobs/job-handler";

export const workflowExpireJob: JobHandler = async (job) => {
  await expireWorkflow(job);
};
