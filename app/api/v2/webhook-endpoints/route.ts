import { handleCreateWebhookEndpoint } from "@/server/api/rest/webhook-endpoints/create-webhook-endpoint";
import { handleListWebhookEndpoints } from "@/server/api/rest/webhook-endpoints/list-webhook-endpoints";

export const GET = handleListWebhookEndpoints;
export const POST = handleCreateWebhookEndpoint;
