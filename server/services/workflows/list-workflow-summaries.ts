import { db } from "../../db";
import { toWorkflowPage, workflowPageArgs, type WorkflowListQuery } from "./workflow-list-query";
import { toWorkflowSummary, WORKFLOW_SUMMARY_SELECT } from "./workflow-summary";

/**
 * One page of workflow summaries (the Portal's list, the CSV export). Keyset pagination on
 * (sort column, id): each page costs the same however deep it is.
 */
export const listWorkflowSummaries = async (query: WorkflowListQuery) => {
  const rows = await db().workflow.findMany({ ...workflowPageArgs(query), select: WORKFLOW_SUMMARY_SELECT });
  const { items, next } = toWorkflowPage(rows, query);
  return { items: items.map(toWorkflowSummary), next };
};
