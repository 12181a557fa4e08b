import { z } from "zod";
import { WorkflowStatus } from "@/server/generated/prisma/enums";
import { getDashboardSummary } from "@/server/services/dashboard/get-dashboard-summary";
import { businessProcedure } from "@/server/api/trpc/init";

const count = z.number().int().min(0);

const ZDashboardSummary = z.object({
  workflowsByStatus: z.record(z.enum(WorkflowStatus), count),
  customers: count,
  activeApiKeys: count,
  teamMembers: count,
});

export const dashboardSummary = businessProcedure("VIEWER")
  .output(ZDashboardSummary)
  .query(({ ctx }) => getDashboardSummary({ businessId: ctx.business.id }));
