import type { z } from "zod";
import { ErrorEnvelope } from "@/server/api/rest/error-envelope";
import { MAX_IDEMPOTENCY_KEY_LENGTH } from "@/server/api/rest/idempotency";
import type { RouteDefinition } from "@/server/api/rest/route-definition";
import { ERROR_RESPONSES, errorStatuses } from "./error-responses";
import { toJsonSchema, type JsonSchema, type SchemaComponents } from "./zod-json-schema";

const DESCRIPTION = `The LinX REST API.

- **Authentication**: \`Authorization: Bearer <API key>\`. A key belongs to one business and is sandbox (\`lx_test_…\`) or live (\`lx_live_…\`).
- **Errors** always have the body \`{"error":{"code","message","details"?}}\`. \`code\` is one of the UPPER_SNAKE_CASE codes of the \`Error\` schema and always comes with the same HTTP status.
- **Idempotency**: send \`Idempotency-Key\` (up to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters) on any POST. For 24 hours, retrying the same request with the same key returns the first response with \`Idempotent-Replayed: true\`; the same key with another body is a 422, and while the first request is still running a retry gets a 409.
- **Pagination**: lists take \`limit\` (1–100, default 20) and \`cursor\`, and answer \`{"data":[…],"pagination":{"nextCursor","hasMore"}}\`, newest first.
- **Webhooks**: the events LinX POSTs to your endpoints are under \`webhooks\`, each \`{id, type, createdAt, data}\` and signed the Standard Webhooks way (\`webhook-id\`, \`webhook-timestamp\`, \`webhook-signature\`).`;

const IDEMPOTENCY_KEY = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "Makes the POST safe to retry: the same key with the same request replays the first response for 24 hours.",
  schema: { type: "string", minLength: 1, maxLength: MAX_IDEMPOTENCY_KEY_LENGTH },
};

const REPLAYED_HEADER = {
  description: "`true` when this response is a replay of an earlier request with the same Idempotency-Key.",
  schema: { type: "string", enum: ["true"] },
};

const parameters = (schema: z.ZodObject | undefined, location: "path" | "query", components: SchemaComponents) => {
  if (!schema) return [];
  const converted = toJsonSchema(schema, "input", components) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(converted.properties ?? {}).map(([name, { description, ...property }]) => ({
    name,
    in: location,
    required: location === "path" || (converted.required ?? []).includes(name),
    ...(description ? { description } : {}),
    schema: property,
  }));
};

const operation = (route: RouteDefinition, components: SchemaComponents) => {
  const isPost = route.method === "POST";
  const success = Object.entries(route.responses).map(([status, { description, schema }]) => [
    status,
    {
      description,
      ...(isPost ? { headers: { "Idempotent-Replayed": REPLAYED_HEADER } } : {}),
      content: { "application/json": { schema: toJsonSchema(schema, "output", components) } },
    },
  ]);
  const errors = errorStatuses(route).map((status) => [
    String(status),
    { $ref: `#/components/responses/${ERROR_RESPONSES[status]!.name}` },
  ]);
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [...route.tags],
    parameters: [
      ...parameters(route.params, "path", components),
      ...parameters(route.query, "query", components),
      ...(isPost ? [{ $ref: "#/components/parameters/IdempotencyKey" }] : []),
    ],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: toJsonSchema(route.body, "input", components) } },
          },
        }
      : {}),
    responses: Object.fromEntries([...success, ...errors]),
  };
};

/** An event LinX POSTs to the business's endpoints: an OpenAPI 3.1 `webhooks` entry. */
export type WebhookDefinition = { name: string; description: string; schema: z.ZodType };

const WEBHOOK_HEADERS = [
  { name: "webhook-id", description: "The event's id: the same on every retry and replay. Deduplicate on it." },
  {
    name: "webhook-timestamp",
    description:
      "Unix time, in seconds, when this attempt was signed. Refuse a delivery more than 5 minutes off your clock.",
  },
  {
    name: "webhook-signature",
    description:
      "`v1,<base64 HMAC-SHA256 of id.timestamp.body>`, one per signing secret (two during a rotation), separated by spaces.",
  },
].map((header) => ({ ...header, in: "header", required: true, schema: { type: "string" } }));

const WEBHOOK_RESPONSES = {
  "2XX": { description: "Received. Answer within 15 seconds and do the work afterwards." },
  "410": { description: "Gone: LinX disables the endpoint and sends nothing more to it." },
  default: {
    description:
      "Anything else, a redirect, or no answer within 15 seconds: the delivery is retried on the schedule (Retry-After is honoured on 429, 502, 503 and 504).",
  },
};

const webhookOperation = (hook: WebhookDefinition, components: SchemaComponents) => ({
  post: {
    summary: hook.name,
    description: hook.description,
    tags: ["Webhooks"],
    security: [],
    parameters: WEBHOOK_HEADERS,
    requestBody: {
      required: true,
      content: { "application/json": { schema: toJsonSchema(hook.schema, "output", components) } },
    },
    responses: WEBHOOK_RESPONSES,
  },
});

const errorResponseComponents = (routes: readonly RouteDefinition[]) => {
  const used = [...new Set(routes.flatMap(errorStatuses))].sort((a, b) => a - b);
  const error = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };
  return Object.fromEntries(
    used.map((status) => {
      const { name, description } = ERROR_RESPONSES[status]!;
      const headers =
        status === 401
          ? { headers: { "WWW-Authenticate": { description: "`Bearer`", schema: { type: "string" } } } }
          : {};
      return [name, { description, ...headers, content: error }];
    }),
  );
};

/**
 * The OpenAPI 3.1 document of `routes`, and of the events LinX sends (`webhooks`), from the same
 * zod schemas that validate requests, shape responses and check every event before it is written.
 */
export const buildOpenApiDocument = (routes: readonly RouteDefinition[], hooks: readonly WebhookDefinition[] = []) => {
  const schemas: SchemaComponents = {};
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route, schemas);
  const webhooks = Object.fromEntries(hooks.map((hook) => [hook.name, webhookOperation(hook, schemas)]));
  toJsonSchema(ErrorEnvelope, "output", schemas);
  const tags = [...new Set([...routes.flatMap((route) => route.tags), ...(hooks.length ? ["Webhooks"] : [])])].map(
    (name) => ({ name }),
  );
  return {
    openapi: "3.1.1",
    info: { title: "LinX API", version: "2.0.0", description: DESCRIPTION },
    servers: [{ url: "/api/v2" }],
    security: [{ bearerAuth: [] }],
    tags,
    paths,
    webhooks,
    components: {
      schemas,
      responses: errorResponseComponents(routes),
      parameters: { IdempotencyKey: IDEMPOTENCY_KEY },
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "Your API key, e.g. `lx_test_…`." },
      },
    },
  };
};

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
