import { handleGetWorkflow } from "@/server/api/rest/linx/get-workflow";

export const GET = handleGetWorkflow;
