import { handleCreateWorkflow } from "@/server/api/rest/linx/create-workflow";
import { handleListWorkflows } from "@/server/api/rest/linx/list-workflows";

export const GET = handleListWorkflows;
export const POST = handleCreateWorkflow;
