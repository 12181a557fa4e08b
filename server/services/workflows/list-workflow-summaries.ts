import "server-only";
import { db } from "@/server/db";
import { inPageOrder, readWorkflowPage, type WorkflowListQuery } from "./workflow-list-query";
import { toWorkflowSummary, WORKFLOW_SUMMARY_SELECT } from "./workflow-summary";

/**
 * One page of workflow summaries (the Portal's list, the CSV export). Keyset pagination on
 * (sort column, id), either way: each page costs the same however deep it is.
 */
export const listWorkflowSummaries = async (query: WorkflowListQuery) => {
  const { ids, next, previous } = await readWorkflowPage(query);
  const rows = ids.length
    ? await db().workflow.findMany({
        where: { businessId: query.businessId, id: { in: ids } },
        select: WORKFLOW_SUMMARY_SELECT,
      })
    : [];
  return { items: inPageOrder(ids, rows).map(toWorkflowSummary), next, previous };
};
