import { db } from "../../db";
import { toWorkflowDto, workflowSelect } from "./workflow-dto";
import { toWorkflowPage, workflowPageArgs, type WorkflowListQuery } from "./workflow-list-query";

/** One page of workflows as the REST API shows them (with their steps). */
export const listWorkflows = async (query: WorkflowListQuery) => {
  const rows = await db().workflow.findMany({ ...workflowPageArgs(query), select: workflowSelect });
  const { items, next } = toWorkflowPage(rows, query);
  return { items: items.map(toWorkflowDto), next };
};
