import { handleCancelWorkflow } from "@/server/api/rest/linx/cancel-workflow";

export const POST = handleCancelWorkflow;
