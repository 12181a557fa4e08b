import { handleRotateWebhookSecret } from "@/server/api/rest/webhook-endpoints/rotate-webhook-secret";

export const POST = handleRotateWebhookSecret;
