import { randomBytes } from "node:crypto";
import { SYSTEM } from "../../services/actor";
import { createApiKey } from "../../services/api-keys/create-api-key";
import { createBusiness } from "../../services/businesses/create-business";

// Helpers for tests that call route handlers the way Next does: `GET(req, { params })`.

export const createTestBusiness = async (name = "Test Co") => {
  const business = await createBusiness({ name, slug: `test-${randomBytes(6).toString("hex")}`, actor: SYSTEM });
  const apiKey = await createApiKey({ businessId: business.id, name: "Test key", mode: "SANDBOX", actor: SYSTEM });
  return { business, key: apiKey.key, apiKeyId: apiKey.id };
};

type Handler = (req: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type CallOptions = {
  method?: string;
  key?: string;
  /** Sent as JSON; use `rawBody` to send exactly these bytes. */
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  params?: Record<string, string>;
};

export const apiRequest = (path: string, { method = "GET", key, body, rawBody, headers = {} }: CallOptions = {}) => {
  const text = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
  return new Request(`http://localhost/api/v2${path}`, {
    method,
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(text === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: text,
  });
};

/** Calls `handler` and reads the JSON answer. */
export const callApi = async (handler: Handler, path: string, options: CallOptions = {}) => {
  const response = await handler(apiRequest(path, options), { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
};
