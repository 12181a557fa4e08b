import { handleDeleteWebhookEndpoint } from "@/server/api/rest/webhook-endpoints/delete-webhook-endpoint";
import { handleGetWebhookEndpoint } from "@/server/api/rest/webhook-endpoints/get-webhook-endpoint";
import { handleUpdateWebhookEndpoint } from "@/server/api/rest/webhook-endpoints/update-webhook-endpoint";

export const GET = handleGetWebhookEndpoint;
export const PATCH = handleUpdateWebhookEndpoint;
export const DELETE = handleDeleteWebhookEndpoint;
