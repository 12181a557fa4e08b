import { resendWorkflow } from "@/server/services/workflows/resend-workflow";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { objectIdParams } from "./object-id";
import { WorkflowDto } from "./workflow-schemas";

export const resendWorkflowRoute = defineRoute({
  method: "POST",
  path: "/linx/workflows/{id}/resend",
  operationId: "resendWorkflow",
  summary: "Text the link again now",
  description:
    "The text goes into the notification history with origin MANUAL. Only while the workflow is ACTIVE; otherwise 409.",
  tags: ["Workflows"],
  params: objectIdParams,
  responses: { 200: { description: "The workflow", schema: WorkflowDto } },
});

export const handleResendWorkflow = withApiKey(
  async ({ principal: { businessId, actor }, params }) => ({
    status: 200,
    body: await resendWorkflow({ businessId, workflowId: params.id, actor }),
  }),
  { route: resendWorkflowRoute },
);
