import "server-only";
import { db } from "@/server/db";

/**
 * Removes at most `limit` records past `expiresAt`, oldest expiry first, through the
 * (expiresAt) index. Claims already treat them as absent, so this only keeps the table small;
 * housekeeping calls it in bounded rounds.
 */
export const deleteExpiredIdempotencyRecords = async ({
  now = new Date(),
  limit = 1000,
}: {
  now?: Date;
  limit?: number;
} = {}) => {
  const deleted = await db().$executeRaw`
    DELETE FROM "IdempotencyRecord"
    WHERE "id" IN (SELECT "id" FROM "IdempotencyRecord" WHERE "expiresAt" <= ${now} ORDER BY "expiresAt" LIMIT ${limit})`;
  return { deleted };
};
