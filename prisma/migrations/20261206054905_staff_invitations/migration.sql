-- DropIndex
DROP INDEX "User_signInTokenHash_key";

-- By hand: an account still on a one-time password that an admin chose (or with an operator's
-- unused sign-in link) keeps no password anyone else knows. It stops working (bcrypt matches
-- nothing against this hash) and its sessions end; its owner sets one through "Forgot your password?".
UPDATE "User" SET "passwordHash" = 'unusable:' || "passwordHash", "sessionVersion" = "sessionVersion" + 1 WHERE "passwordChangeRequired";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "passwordChangeRequired",
DROP COLUMN "passwordExpiresAt",
DROP COLUMN "signInTokenExpiresAt",
DROP COLUMN "signInTokenHash",
ADD COLUMN     "passwordResetExpiresAt" TIMESTAMP(3),
ADD COLUMN     "passwordResetTokenHash" TEXT;

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "invitedBy" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_businessId_email_idx" ON "Invitation"("businessId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "User_passwordResetTokenHash_key" ON "User"("passwordResetTokenHash");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

