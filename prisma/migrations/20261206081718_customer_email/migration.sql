-- AlterEnum
ALTER TYPE "Channel" ADD VALUE 'EMAIL';

-- AlterEnum
ALTER TYPE "EmailPurpose" ADD VALUE 'CUSTOMER_MESSAGE';

-- AlterTable
ALTER TABLE "Customer" ALTER COLUMN "phoneNumber" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Workflow" ADD COLUMN     "email" TEXT,
ALTER COLUMN "phoneNumber" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailId" TEXT,
ADD COLUMN     "toAddress" TEXT,
ALTER COLUMN "toNumber" DROP NOT NULL;

-- CreateTable
CREATE TABLE "EmailOptOut" (
    "businessId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailOptOut_pkey" PRIMARY KEY ("businessId","address")
);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_emailId_key" ON "Notification"("emailId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_emailId_fkey" FOREIGN KEY ("emailId") REFERENCES "Email"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOptOut" ADD CONSTRAINT "EmailOptOut_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

