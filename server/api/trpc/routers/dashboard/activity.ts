import { z } from "zod";
import { ZDashboardPeriod } from "@/server/contracts/dashboard/dashboard-period";
import { getDashboardActivity } from "@/server/services/dashboard/get-dashboard-activity";
import { TRANSACTION_ACTIVITY, WORKFLOW_ACTIVITY } from "@/server/services/dashboard/list-recent-activity";
import { businessProcedure } from "@/server/api/trpc/init";

const count = z.number().int().min(0);

const ZDashboardActivity = z.object({
  days: ZDashboardPeriod,
  totals: z.object({ created: count, opened: count, completed: count, declined: count, expired: count }),
  conversion: z.number().min(0).max(1).nullable(),
  medianSecondsToComplete: z.number().min(0).nullable(),
  daily: z.array(z.object({ day: z.iso.date(), created: count, completed: count })),
  feed: z.array(
    z.object({
      id: z.string(),
      at: z.iso.datetime(),
      what: z.discriminatedUnion("kind", [
        z.object({
          kind: z.literal("workflow"),
          action: z.enum(WORKFLOW_ACTIVITY),
          declineReason: z.string().nullable(),
        }),
        z.object({
          kind: z.literal("transaction"),
          status: z.enum(TRANSACTION_ACTIVITY),
          amount: z.string(),
          currency: z.string(),
          transactionType: z.enum(["SEND", "REQUEST"]),
        }),
      ]),
      actor: z.string().nullable(),
      actorType: z.enum(["USER", "API_KEY", "CUSTOMER", "SYSTEM"]).nullable(),
      workflow: z.object({ id: z.string(), title: z.string(), phoneNumber: z.string() }),
    }),
  ),
});

/** Viewers and above: the period's funnel, daily series, conversion, median time to complete, and the latest activity. */
export const dashboardActivity = businessProcedure("VIEWER")
  .input(z.object({ days: ZDashboardPeriod }))
  .output(ZDashboardActivity)
  .query(({ ctx, input }) => getDashboardActivity({ businessId: ctx.business.id, days: input.days }));
