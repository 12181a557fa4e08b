import "server-only";
import { db } from "@/server/db";
import { toWorkflowDto, workflowSelect } from "./workflow-dto";
import { inPageOrder, readWorkflowPage, type WorkflowListQuery } from "./workflow-list-query";

/** One page of workflows as the REST API shows them (with their steps). */
export const listWorkflows = async (query: WorkflowListQuery) => {
  const { ids, next } = await readWorkflowPage(query);
  const rows = ids.length
    ? await db().workflow.findMany({ where: { businessId: query.businessId, id: { in: ids } }, select: workflowSelect })
    : [];
  return { items: inPageOrder(ids, rows).map(toWorkflowDto), next };
};
