import { getWorkflow } from "@/server/services/workflows/get-workflow";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { objectIdParams } from "./object-id";
import { WorkflowDto } from "./workflow-schemas";

export const getWorkflowRoute = defineRoute({
  method: "GET",
  path: "/linx/workflows/{id}",
  operationId: "getWorkflow",
  summary: "Get a workflow with its steps",
  tags: ["Workflows"],
  params: objectIdParams,
  responses: { 200: { description: "The workflow", schema: WorkflowDto } },
});

export const handleGetWorkflow = withApiKey(
  async ({ principal, params }) => ({
    status: 200,
    body: await getWorkflow({ businessId: principal.businessId, workflowId: params.id }),
  }),
  { route: getWorkflowRoute },
);
