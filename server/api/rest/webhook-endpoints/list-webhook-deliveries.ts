import { listWebhookDeliveries } from "@/server/services/webhooks/list-webhook-deliveries";
import { pageBody, toPageRequest } from "@/server/api/rest/pagination";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { endpointIdParams, listWebhookDeliveriesQuery, WebhookDeliveryPageDto } from "./webhook-endpoint-schemas";

export const listWebhookDeliveriesRoute = defineRoute({
  method: "GET",
  path: "/webhook-endpoints/{id}/deliveries",
  operationId: "listWebhookDeliveries",
  summary: "List an endpoint's deliveries with every attempt",
  description:
    "Newest event first. Each attempt shows when it started, how long it took, the status your endpoint answered and the start of its answer.",
  tags: ["Webhooks"],
  params: endpointIdParams,
  query: listWebhookDeliveriesQuery,
  responses: { 200: { description: "One page of deliveries", schema: WebhookDeliveryPageDto } },
});

export const handleListWebhookDeliveries = withApiKey(
  async ({ principal, params, query: { limit, cursor, status } }) => {
    const page = await listWebhookDeliveries({
      businessId: principal.businessId,
      endpointId: params.id,
      status,
      page: toPageRequest({ limit, cursor }),
    });
    return {
      status: 200,
      body: pageBody(page, ({ attempts, ...delivery }) => ({
        ...delivery,
        attempts: attempts.map(({ responseBody, ...attempt }) => ({ ...attempt, responseExcerpt: responseBody })),
      })),
    };
  },
  { route: listWebhookDeliveriesRoute },
);
