import "server-only";
import { db } from "@/server/db";

const RECENT_MS = 30 * 24 * 60 * 60_000;

/** Numbers that received texts lately, most recent first: the dev phone's number picker. */
export const listRecentSmsNumbers = async ({ limit = 10 }: { limit?: number } = {}) => {
  const rows = await db().notification.groupBy({
    by: ["toNumber"],
    where: {
      channel: "SMS",
      toNumber: { not: null },
      status: { in: ["QUEUED", "SENT", "DELIVERED"] },
      createdAt: { gte: new Date(Date.now() - RECENT_MS) },
    },
    _max: { createdAt: true },
    orderBy: { _max: { createdAt: "desc" } },
    take: limit,
  });
  return rows.flatMap((row) => (row.toNumber ? [row.toNumber] : []));
};
