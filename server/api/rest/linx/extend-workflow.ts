import { extendWorkflow } from "@/server/services/workflows/extend-workflow";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { objectIdParams } from "./object-id";
import { extendWorkflowBody, WorkflowDto } from "./workflow-schemas";

export const extendWorkflowRoute = defineRoute({
  method: "POST",
  path: "/linx/workflows/{id}/extend",
  operationId: "extendWorkflow",
  summary: "Move the link's expiry to a number of hours from now",
  description: "Only while the workflow is ACTIVE; otherwise 409.",
  tags: ["Workflows"],
  params: objectIdParams,
  body: extendWorkflowBody,
  responses: { 200: { description: "The workflow with its new expireAt", schema: WorkflowDto } },
});

export const handleExtendWorkflow = withApiKey(
  async ({ principal: { businessId, actor }, params, body }) => {
    const workflow = await extendWorkflow({
      businessId,
      workflowId: params.id,
      expireInHours: body.expireInHours,
      actor,
    });
    return { status: 200, body: workflow };
  },
  { route: extendWorkflowRoute },
);
