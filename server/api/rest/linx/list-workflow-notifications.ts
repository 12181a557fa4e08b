import { listWorkflowNotifications } from "@/server/services/notifications/list-workflow-notifications";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { objectIdParams } from "./object-id";
import { NotificationHistoryDto } from "./workflow-schemas";

export const listWorkflowNotificationsRoute = defineRoute({
  method: "GET",
  path: "/linx/workflows/{id}/notifications/history",
  operationId: "listWorkflowNotifications",
  summary: "Every text sent for a workflow, in sending order",
  description:
    "Who asked for each text and its delivery status. Message bodies are not included: they carry the customer's link.",
  tags: ["Workflows"],
  params: objectIdParams,
  responses: { 200: { description: "The workflow's notification history", schema: NotificationHistoryDto } },
});

export const handleListWorkflowNotifications = withApiKey(
  async ({ principal, params }) => ({
    status: 200,
    body: { data: await listWorkflowNotifications({ businessId: principal.businessId, workflowId: params.id }) },
  }),
  { route: listWorkflowNotificationsRoute },
);
