import "server-only";
import { db } from "@/server/db";

const RECENT_MS = 30 * 24 * 60 * 60_000;

/** Addresses that received email lately, most recent first: the dev mail page's address picker. */
export const listRecentEmailAddresses = async ({ limit = 10 }: { limit?: number } = {}) => {
  const rows = await db().email.groupBy({
    by: ["toAddress"],
    where: { status: { in: ["QUEUED", "SENT", "DELIVERED"] }, createdAt: { gte: new Date(Date.now() - RECENT_MS) } },
    _max: { createdAt: true },
    orderBy: { _max: { createdAt: "desc" } },
    take: limit,
  });
  return rows.map((row) => row.toAddress);
};
