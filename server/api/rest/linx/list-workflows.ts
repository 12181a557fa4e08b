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
    const { after } = toPageRequest({ limit, cursor });
    const { items, next } = await listWorkflows({ businessId: principal.businessId, filters, limit, after: after && { value: after.createdAt, id: after.id } });
    const nextCursor = next ? encodeCursor({ createdAt: next.value, id: next.id }) : null;
    return { status: 200, body: { data: items, pagination: { nextCursor, hasMore: next !== null } } };
  },
  { route: listWorkflowsRoute },
);
