import { deliverWebhooks } from "@/server/services/webhooks/deliver-webhooks";
import type { JobBatchHandler } from "@/server/jobs/job-handler";

// Deliveries claimed together (the runner groups them by endpoint) are claimed, sent side by side
// and recorded in two statements. Never fails a job for a failed delivery: retries follow the
// webhook schedule as new jobs (one job per attempt, see record-delivery-attempt.ts), not the job
// system's back-off. Only database errors reach the runner.
export const webhookDeliverJobs: JobBatchHandler = async (jobs) => {
  await deliverWebhooks({ deliveryIds: jobs.map((job) => job.subjectId) });
};
