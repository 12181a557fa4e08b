import "server-only";
import { db } from "@/server/db";

/**
 * Removes at most `limit` revoked session ids whose sessions have ended anyway (past their
 * lifetime, the token itself is refused: server/auth/config.ts), through the (expiresAt) index.
 * Housekeeping calls it in bounded rounds.
 */
export const deleteExpiredSessionRevocations = async ({
  now = new Date(),
  limit = 1000,
}: {
  now?: Date;
  limit?: number;
} = {}) => {
  const deleted = await db().$executeRaw`
    DELETE FROM "RevokedSession"
    WHERE "sessionId" IN (SELECT "sessionId" FROM "RevokedSession" WHERE "expiresAt" <= ${now} ORDER BY "expiresAt" LIMIT ${limit})`;
  return { deleted };
};
