import { listWorkflows } from "../../../services/workflows/list-workflows";
import { encodeCursor, toPageRequest } from "../pagination";
import { defineRoute } from "../route-definition";
import { withApiKey } from "../with-api-key";
import { listWorkflowsQuery, WorkflowPageDto } from "./workflow-schemas";

export const listWorkflowsRoute = defineRoute({
  method: "GET",
  path: "/linx/workflows",
  operationId: "listWorkflows",
  summary: "List workflows, newest first",
  tags: ["Workflows"],
  query: listWorkflowsQuery,
  responses: { 200: { description: "One page of workflows", schema: WorkflowPageDto } },
});

export const handleListWorkflows = withApiKey(
  async ({ principal, query: { limit, cursor, ...filters } }) => {
    const { items, hasMore, last } = await listWorkflows({ businessId: principal.businessId, page: toPageRequest({ limit, cursor }), ...filters });
    const nextCursor = hasMore && last ? encodeCursor({ createdAt: new Date(last.createdAt), id: last.id }) : null;
    return { status: 200, body: { data: items, pagination: { nextCursor, hasMore } } };
  },
  { route: listWorkflowsRoute },
);
