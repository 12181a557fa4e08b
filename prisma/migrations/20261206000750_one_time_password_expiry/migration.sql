-- AlterTable
ALTER TABLE "User" ADD COLUMN     "passwordExpiresAt" TIMESTAMP(3),
ADD COLUMN     "signInTokenExpiresAt" TIMESTAMP(3),
ADD COLUMN     "signInTokenHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "User_signInTokenHash_key" ON "User"("signInTokenHash");


-- One-time passwords handed out before this migration expire 72 hours after they were set.
UPDATE "User" SET "passwordExpiresAt" = "updatedAt" + interval '72 hours' WHERE "passwordChangeRequired";
