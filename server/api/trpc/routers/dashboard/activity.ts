import { z } from "zod";
import { WorkflowStatus } from "../../../../generated/prisma/enums";
import { ZDashboardPeriod } from "../../../../services/dashboard/dashboard-period";
import { getDashboardActivity } from "../../../../services/dashboard/get-dashboard-activity";
import { businessProcedure } from "../../init";

const count = z.number().int().min(0);

export const ZDashboardActivity = z.object({
  days: ZDashboardPeriod,
  totals: z.object({ created: count, opened: count, completed: count, declined: count, expired: count }),
  conversion: z.number().min(0).max(1).nullable(),
  medianSecondsToComplete: z.number().min(0).nullable(),
  daily: z.array(z.object({ day: z.iso.date(), created: count, completed: count })),
  recent: z.array(z.object({ id: z.string(), title: z.string(), phoneNumber: z.string(), status: z.enum(WorkflowStatus), updatedAt: z.iso.datetime() })),
});

/** Viewers and above: the period's funnel, daily series, conversion, median time to complete and recent changes. */
export const dashboardActivity = businessProcedure("VIEWER")
  .input(z.object({ days: ZDashboardPeriod }))
  .output(ZDashboardActivity)
  .query(({ ctx, input }) => getDashboardActivity({ businessId: ctx.business.id, days: input.days }));
