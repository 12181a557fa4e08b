import { sendWorkflowLink } from "../../services/workflows/send-workflow-link";
import type { JobHandler } from "../job-handler";

export const workflowSendJob: JobHandler = async (job) => {
  await sendWorkflowLink(job);
};
