import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { db } from "@/server/db";
import type { DashboardPeriod } from "@/server/contracts/dashboard/dashboard-period";
import { type ActivityItem, listRecentActivity } from "./list-recent-activity";

export type DashboardActivity = {
  days: DashboardPeriod;
  /** Workflows created in the period, and how far those same workflows have got. */
  totals: { created: number; opened: number; completed: number; declined: number; expired: number };
  /** completed / created over the period, 0..1; null when nothing was created. */
  conversion: number | null;
  /** Median seconds from creation to completion of the period's completed workflows. */
  medianSecondsToComplete: number | null;
  /** One entry per UTC day of the period, oldest first: created that day vs completed that day. */
  daily: Array<{ day: string; created: number; completed: number }>;
  /** The latest things that happened to the business's workflows and payments, newest first (not limited to the period). */
  feed: ActivityItem[];
};

type TotalsRow = {
  created: number;
  opened: number;
  completed: number;
  declined: number;
  expired: number;
  median_seconds: number | null;
};

// The first day of the period, as a UTC timestamp (the columns are UTC timestamps without zone).
const periodStart = (days: number) =>
  Prisma.sql`(date_trunc('day', now() AT TIME ZONE 'UTC') - make_interval(days => ${days}::int - 1))`;

const totalsQuery = (businessId: string, days: number) => Prisma.sql`
  SELECT count(*)::int AS created,
         count("openedAt")::int AS opened,
         count("completedAt")::int AS completed,
         (count(*) FILTER (WHERE "status" = 'DECLINED'))::int AS declined,
         (count(*) FILTER (WHERE "status" = 'EXPIRED'))::int AS expired,
         (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "completedAt" - "createdAt"))
            FILTER (WHERE "completedAt" IS NOT NULL))::float8 AS median_seconds
  FROM "Workflow"
  WHERE "businessId" = ${businessId} AND "createdAt" >= ${periodStart(days)}`;

const dailyQuery = (businessId: string, days: number) => Prisma.sql`
  WITH days AS (
    SELECT generate_series(${periodStart(days)}, date_trunc('day', now() AT TIME ZONE 'UTC'), interval '1 day') AS day
  ), created AS (
    SELECT date_trunc('day', "createdAt") AS day, count(*)::int AS n FROM "Workflow"
    WHERE "businessId" = ${businessId} AND "createdAt" >= ${periodStart(days)} GROUP BY 1
  ), completed AS (
    SELECT date_trunc('day', "completedAt") AS day, count(*)::int AS n FROM "Workflow"
    WHERE "businessId" = ${businessId} AND "completedAt" >= ${periodStart(days)} GROUP BY 1
  )
  SELECT to_char(days.day, 'YYYY-MM-DD') AS day, coalesce(created.n, 0) AS created, coalesce(completed.n, 0) AS completed
  FROM days LEFT JOIN created USING (day) LEFT JOIN completed USING (day)
  ORDER BY days.day`;

const FEED_LIMIT = 10;

/** The dashboard's numbers for one business over the last `days` days, all aggregated in SQL. */
export const getDashboardActivity = async ({
  businessId,
  days,
}: {
  businessId: string;
  days: DashboardPeriod;
}): Promise<DashboardActivity> => {
  const prisma = db();
  const [[totalsRow], daily, feed] = await Promise.all([
    prisma.$queryRaw<TotalsRow[]>(totalsQuery(businessId, days)),
    prisma.$queryRaw<DashboardActivity["daily"]>(dailyQuery(businessId, days)),
    listRecentActivity({ businessId, limit: FEED_LIMIT }),
  ]);
  const { median_seconds, ...totals } = totalsRow ?? {
    created: 0,
    opened: 0,
    completed: 0,
    declined: 0,
    expired: 0,
    median_seconds: null,
  };
  return {
    days,
    totals,
    conversion: totals.created === 0 ? null : totals.completed / totals.created,
    medianSecondsToComplete: median_seconds,
    daily,
    feed,
  };
};
