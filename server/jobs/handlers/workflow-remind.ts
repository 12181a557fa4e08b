import { remindWorkflow } from "@/server/services/workflows/remind-workflow";
import type { JobHandler } from "@/server/jobs/job-handler";

export const workflowRemindJob: JobHandler = async (job) => {
  await remindWorkflow(job);
};
