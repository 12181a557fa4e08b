import { expireWorkflow } from "../../services/workflows/expire-workflow";
import { remindWorkflow } from "../../services/workflows/remind-workflow";
import { sendWorkflowLink } from "../../services/workflows/send-workflow-link";
import type { JobHandler } from "../job-handler";

export const workflowSendJob: JobHandler = async (job) => {
  await sendWorkflowLink(job);
};

export const workflowRemindJob: JobHandler = async (job) => {
  await remindWorkflow(job);
};

export const workflowExpireJob: JobHandler = async (job) => {
  await expireWorkflow(job);
};
