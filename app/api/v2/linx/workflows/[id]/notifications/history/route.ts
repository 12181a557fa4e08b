import { handleListWorkflowNotifications } from "@/server/api/rest/linx/list-workflow-notifications";

export const GET = handleListWorkflowNotifications;
