import type { RouteDefinition } from "@/server/api/rest/route-definition";

// Which error responses an operation documents, derived from its shape so that no route can
// forget one. All of them use the Error envelope.

export const ERROR_RESPONSES: Record<number, { name: string; description: string }> = {
  400: {
    name: "BadRequest",
    description:
      "Malformed request: the body is not JSON, the cursor is not valid, or the Idempotency-Key header is empty or longer than 255 characters.",
  },
  401: { name: "Unauthorized", description: "The API key is missing, unknown or revoked." },
  404: {
    name: "NotFound",
    description: "No such object in your business. Objects of other businesses are reported the same way.",
  },
  409: {
    name: "Conflict",
    description:
      "The object already exists, or a request with the same Idempotency-Key is still in progress (`details.reason` IDEMPOTENCY_KEY_IN_USE).",
  },
  413: { name: "PayloadTooLarge", description: "The request body is larger than 1 MiB." },
  422: {
    name: "Unprocessable",
    description:
      "The input is not valid (`details` names each field), or the Idempotency-Key was used for a different request (`details.reason` IDEMPOTENCY_KEY_REUSED).",
  },
  429: {
    name: "RateLimited",
    description:
      "Too many requests for this API key this minute (`Retry-After` says how many seconds to wait; every answer carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`), or, when creating a workflow, the business's hourly text cap is reached.",
  },
  500: { name: "Internal", description: "Something went wrong on our side; nothing internal is disclosed." },
};

export const errorStatuses = (route: RouteDefinition): number[] => {
  const statuses = new Set<number>([401, 429, 500, ...(route.errors ?? [])]);
  const hasBody = route.method !== "GET";
  if (route.params) statuses.add(404);
  if (route.query) statuses.add(422);
  if (route.query && "cursor" in route.query.shape) statuses.add(400);
  if (hasBody) for (const status of [400, 413, 422]) statuses.add(status);
  if (route.method === "POST") statuses.add(409);
  return [...statuses].sort((a, b) => a - b);
};
