// Helpers for tests that call route handlers the way Next does: `GET(req, { params })`.

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
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(text === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: text,
  });
};

/** Calls `handler` and reads the JSON answer. */
export const callApi = async (handler: Handler, path: string, options: CallOptions = {}) => {
  const response = await handler(apiRequest(path, options), { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
};
