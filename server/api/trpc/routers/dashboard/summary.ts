import { z } from "zod";
import { WorkflowStatus } from "../../../../generated/prisma/enums";
import { getDashboardSummary } from "../../../../services/dashboard/get-dashboard-summary";
import { businessProcedure } from "../../init";

const count = z.number().int().min(0);

export const ZDashboardSummary = z.object({
  workflowsByStatus: z.record(z.enum(WorkflowStatus), count),
  customers: count,
  activeApiKeys: count,
  teamMembers: count,
});

export const dashboardSummary = businessProcedure("VIEWER")
  .output(ZDashboardSummary)
  .query(({ ctx }) => getDashboardSummary({ businessId: ctx.business.id }));
