import { cancelWorkflow } from "@/server/services/workflows/cancel-workflow";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { objectIdParams } from "./object-id";
import { WorkflowDto } from "./workflow-schemas";

export const cancelWorkflowRoute = defineRoute({
  method: "POST",
  path: "/linx/workflows/{id}/cancel",
  operationId: "cancelWorkflow",
  summary: "Cancel a workflow: its link stops working and no more texts go out",
  description: "Only while the workflow is ACTIVE; otherwise 409.",
  tags: ["Workflows"],
  params: objectIdParams,
  responses: { 200: { description: "The workflow, CANCELLED", schema: WorkflowDto } },
});

export const handleCancelWorkflow = withApiKey(
  async ({ principal: { businessId, actor }, params }) => ({
    status: 200,
    body: await cancelWorkflow({ businessId, workflowId: params.id, actor }),
  }),
  { route: cancelWorkflowRoute },
);
