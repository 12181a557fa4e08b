import { remindWorkflow } from "../../services/workflows/remind-workflow";
import type { JobHandler } from "../job-handler";

export const workflowRemindJob: JobHandler = async (job) => {
  await remindWorkflow(job);
};
