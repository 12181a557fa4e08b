import { handleListWebhookDeliveries } from "@/server/api/rest/webhook-endpoints/list-webhook-deliveries";

export const GET = handleListWebhookDeliveries;
