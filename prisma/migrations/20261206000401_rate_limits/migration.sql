-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "smsAllowedCountries" TEXT[] DEFAULT ARRAY['US', 'CA']::TEXT[],
ADD COLUMN     "smsHourlyCap" INTEGER NOT NULL DEFAULT 1000;

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

