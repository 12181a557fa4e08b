-- CreateEnum
CREATE TYPE "JobLane" AS ENUM ('MESSAGES', 'EXPIRY', 'PAYMENTS', 'WEBHOOKS');

-- AlterTable
ALTER TABLE "WebhookEvent" ADD COLUMN     "sequence" BIGSERIAL NOT NULL;
-- Every payload carries its sequence (docs/webhooks.md, "Ordering"); events written before have one too.
UPDATE "WebhookEvent" SET "payload" = "payload" || jsonb_build_object('sequence', "sequence");

-- AlterTable: every existing job gets the lane of its kind (server/jobs/job-lanes.ts).
ALTER TABLE "ScheduledJob" ADD COLUMN     "concurrencyKey" TEXT,
ADD COLUMN     "lane" "JobLane";
UPDATE "ScheduledJob" SET "lane" = (CASE "kind"
  WHEN 'WORKFLOW_EXPIRE' THEN 'EXPIRY'
  WHEN 'TRANSACTION_ADVANCE' THEN 'PAYMENTS'
  WHEN 'WEBHOOK_DELIVER' THEN 'WEBHOOKS'
  ELSE 'MESSAGES' END)::"JobLane";
ALTER TABLE "ScheduledJob" ALTER COLUMN "lane" SET NOT NULL;
UPDATE "ScheduledJob" j SET "concurrencyKey" = d."endpointId"
FROM "WebhookDelivery" d WHERE j."kind" = 'WEBHOOK_DELIVER' AND j."status" IN ('PENDING', 'RUNNING') AND d."id" = j."subjectId";

-- Hand-written (Prisma cannot express partial indexes): each lane claims its due jobs in time
-- order from its own slice of this index, so a claim reads the due rows of its lane and nothing else.
DROP INDEX "ScheduledJob_due_idx";
CREATE INDEX "ScheduledJob_due_idx" ON "ScheduledJob"("lane", "runAt") WHERE "status" IN ('PENDING', 'RUNNING');
