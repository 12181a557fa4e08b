import { sendWorkflowLink } from "@/server/services/workflows/send-workflow-link";
import type { JobHandler } from "@/server/jobs/job-handler";

export const workflowSendJob: JobHandler = async (job) => {
  await sendWorkflowLink(job);
};
