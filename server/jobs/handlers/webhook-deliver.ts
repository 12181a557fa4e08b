import { deliverWebhook } from "../../services/webhooks/deliver-webhook";
import type { JobHandler } from "../job-handler";

// Never throws for a failed delivery: retries follow the webhook schedule as new jobs (one job per
// attempt, see record-delivery-attempt.ts), not the job system's back-off. Only database errors reach the runner.
export const webhookDeliverJob: JobHandler = async (job) => {
  await deliverWebhook({ deliveryId: job.subjectId });
};
