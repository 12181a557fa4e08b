import { db } from "../../db";
import { WorkflowStatus } from "../../generated/prisma/enums";

export type DashboardSummary = {
  workflowsByStatus: Record<WorkflowStatus, number>;
  customers: number;
  activeApiKeys: number;
  teamMembers: number;
};

/** Small, cheap facts about one business for the Portal's first screen. */
export const getDashboardSummary = async ({ businessId }: { businessId: string }): Promise<DashboardSummary> => {
  const prisma = db();
  const [groups, customers, activeApiKeys, teamMembers] = await Promise.all([
    prisma.workflow.groupBy({ by: ["status"], where: { businessId }, _count: { _all: true } }),
    prisma.customer.count({ where: { businessId } }),
    prisma.apiKey.count({ where: { businessId, revokedAt: null } }),
    prisma.membership.count({ where: { businessId } }),
  ]);
  const workflowsByStatus = Object.fromEntries(Object.values(WorkflowStatus).map((status) => [status, 0])) as Record<WorkflowStatus, number>;
  for (const group of groups) workflowsByStatus[group.status] = group._count._all;
  return { workflowsByStatus, customers, activeApiKeys, teamMembers };
};
