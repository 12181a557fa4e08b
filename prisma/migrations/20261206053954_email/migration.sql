-- CreateEnum
CREATE TYPE "EmailPurpose" AS ENUM ('STAFF_INVITATION', 'PASSWORD_RESET');

-- AlterEnum
ALTER TYPE "JobKind" ADD VALUE 'EMAIL_SEND';

-- AlterTable
ALTER TABLE "ScheduledJob" ALTER COLUMN "businessId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Email" (
    "id" TEXT NOT NULL,
    "businessId" TEXT,
    "purpose" "EmailPurpose" NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "link" TEXT,
    "headers" JSONB,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'QUEUED',
    "provider" TEXT,
    "providerMessageId" TEXT,
    "errorCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Email_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Email_toAddress_createdAt_idx" ON "Email"("toAddress", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Email_businessId_createdAt_idx" ON "Email"("businessId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Email" ADD CONSTRAINT "Email_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

