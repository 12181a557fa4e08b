import { listWorkflows } from "@/server/services/workflows/list-workflows";
import { encodeCursor, toPageRequest } from "@/server/api/rest/pagination";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
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
    const { items, next } = await listWorkflows({
      businessId: principal.businessId,
      filters,
      limit,
      after: after && { value: after.createdAt, id: after.id },
    });
    const nextCursor = next ? encodeCursor({ createdAt: next.value, id: next.id }) : null;
    return { status: 200, body: { data: items, pagination: { nextCursor, hasMore: next !== null } } };
  },
  { route: listWorkflowsRoute },
);
