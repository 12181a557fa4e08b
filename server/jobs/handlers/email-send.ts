import { deliverEmail } from "../../services/mail/deliver-email";
import type { JobHandler } from "../job-handler";

export const emailSendJob: JobHandler = async (job) => {
  await deliverEmail({ emailId: job.subjectId, attempt: job.attempts });
};
