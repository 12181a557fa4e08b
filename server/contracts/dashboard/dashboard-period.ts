import { z } from "zod";

/** The periods the dashboard offers, in days, ending today (UTC). */
export const DASHBOARD_PERIODS = [7, 30, 90] as const;

export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

export const ZDashboardPeriod = z.union([z.literal(7), z.literal(30), z.literal(90)]);

/** The period named in the URL (`?days=30`), or the 30-day default when absent or unknown. */
export const parseDashboardPeriod = (value: unknown): DashboardPeriod => {
  const parsed = ZDashboardPeriod.safeParse(Number(value));
  return parsed.success ? parsed.data : 30;
};
