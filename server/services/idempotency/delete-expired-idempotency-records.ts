import { db } from "../../db";

/**
 * Removes records past `expiresAt`. Claims already treat them as absent, so this only keeps the
 * table small; a periodic sweep should call it.
 */
export const deleteExpiredIdempotencyRecords = async ({ now = new Date() }: { now?: Date } = {}) => {
  const { count } = await db().idempotencyRecord.deleteMany({ where: { expiresAt: { lte: now } } });
  return { deleted: count };
};
