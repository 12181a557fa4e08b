import { handleResendWorkflow } from "@/server/api/rest/linx/resend-workflow";

export const POST = handleResendWorkflow;
