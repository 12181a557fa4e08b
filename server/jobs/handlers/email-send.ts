import { deliverEmail } from "@/server/services/mail/deliver-email";
import type { JobHandler } from "@/server/jobs/job-handler";

export const emailSendJob: JobHandler = async (job) => {
  await deliverEmail({ emailId: job.subjectId, attempt: job.attempts });
};
