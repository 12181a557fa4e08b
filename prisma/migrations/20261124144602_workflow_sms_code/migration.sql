-- CreateEnum
CREATE TYPE "WorkflowAuthentication" AS ENUM ('NONE', 'PASSCODE', 'SMS_CODE');

-- AlterTable
ALTER TABLE "Workflow" ADD COLUMN     "authentication" "WorkflowAuthentication" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "codeExpiresAt" TIMESTAMP(3),
ADD COLUMN     "codeHash" TEXT;


-- Workflows made before this column: a passcode hash means the PASSCODE gate.
UPDATE "Workflow" SET "authentication" = 'PASSCODE' WHERE "passcodeHash" IS NOT NULL;
