import { handleExtendWorkflow } from "@/server/api/rest/linx/extend-workflow";

export const POST = handleExtendWorkflow;
