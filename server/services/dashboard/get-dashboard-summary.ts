import "server-only";
import { db } from "@/server/db";
import { WorkflowStatus } from "@/server/generated/prisma/enums";
import { countWorkflowsByStatus } from "./workflow-status-tally";

export type DashboardSummary = {
  workflowsByStatus: Record<WorkflowStatus, number>;
  customers: number;
  activeApiKeys: number;
  teamMembers: number;
};

/** Small, cheap facts about one business for the Portal's first screen. */
export const getDashboardSummary = async ({ businessId }: { businessId: string }): Promise<DashboardSummary> => {
  const prisma = db();
  const [counts, customers, activeApiKeys, teamMembers] = await Promise.all([
    countWorkflowsByStatus(businessId),
    prisma.customer.count({ where: { businessId } }),
    prisma.apiKey.count({ where: { businessId, revokedAt: null } }),
    prisma.membership.count({ where: { businessId } }),
  ]);
  const workflowsByStatus = Object.fromEntries(Object.values(WorkflowStatus).map((status) => [status, 0])) as Record<
    WorkflowStatus,
    number
  >;
  Object.assign(workflowsByStatus, counts);
  return { workflowsByStatus, customers, activeApiKeys, teamMembers };
};
