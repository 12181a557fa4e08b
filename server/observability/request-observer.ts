import { randomUUID } from "node:crypto";
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { logger } from "./logger";
import { metrics } from "./metrics";
import { requestContext } from "./request-context";
import { loadRouteTable, routeOf, type RouteTable } from "./request-routes";

// One log line and one histogram sample per HTTP request, whatever answered it (a page, a route
// handler, tRPC, a server action, a static file, a redirect of proxy.ts): Node's own HTTP server
// reports each request's start and its response's end on diagnostics channels, so this sees the
// real status and the whole duration without a custom server around Next. Each request gets an
// id (the caller's X-Request-Id when it is a plain token, else a new one), returned on the
// response and kept for the log lines and trace spans written while it runs (request-context.ts).

type RequestMessage = { request: IncomingMessage; response: ServerResponse; server: Server };

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
// Probes and scrapes come every few seconds: counted, logged only at debug.
const QUIET_ROUTES = new Set([
  "/api/health",
  "/api/health/live",
  "/api/health/ready",
  "/api/metrics",
  "/_next/static",
  "/_next/image",
]);

const started = new WeakMap<IncomingMessage, { at: number; requestId: string }>();

export type ObserverState = { table: RouteTable; servers: Set<Server>; unsubscribe: () => void };

const globalForObserver = globalThis as unknown as { linxRequestObserver?: ObserverState };

const onStart = (message: unknown) => {
  const { request, response, server } = message as RequestMessage;
  const given = request.headers["x-request-id"];
  const requestId = typeof given === "string" && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
  request.headers["x-request-id"] = requestId;
  response.setHeader("X-Request-Id", requestId);
  started.set(request, { at: performance.now(), requestId });
  globalForObserver.linxRequestObserver?.servers.add(server);
  // Node emits the request right after this message, in the same turn: what Next runs for it
  // inherits the store.
  requestContext().enterWith({ requestId });
};

const onFinish = (message: unknown) => {
  const { request, response } = message as RequestMessage;
  const start = started.get(request);
  const state = globalForObserver.linxRequestObserver;
  if (!start || !state) return;
  const seconds = (performance.now() - start.at) / 1000;
  const method = METHODS.has(request.method ?? "") ? request.method! : "OTHER";
  const route = routeOf(state.table, request.url);
  const status = response.statusCode;
  metrics().httpDuration.observe({ method, route, status: String(status) }, seconds);
  const line = { requestId: start.requestId, method, route, status, durationMs: Math.round(seconds * 10_000) / 10 };
  const log = logger("http");
  if (QUIET_ROUTES.has(route)) log.debug(line, "request");
  else if (status >= 500) log.error(line, "request");
  else log.info(line, "request");
};

/** Starts observing this process's HTTP server(s), once. `table` is the build's routes by default. */
export const observeRequests = (table: RouteTable = loadRouteTable()): ObserverState => {
  const existing = globalForObserver.linxRequestObserver;
  if (existing) return existing;
  subscribe("http.server.request.start", onStart);
  subscribe("http.server.response.finish", onFinish);
  const state: ObserverState = {
    table,
    servers: new Set(),
    unsubscribe: () => {
      unsubscribe("http.server.request.start", onStart);
      unsubscribe("http.server.response.finish", onFinish);
      globalForObserver.linxRequestObserver = undefined;
    },
  };
  globalForObserver.linxRequestObserver = state;
  return state;
};

/** The HTTP servers that have answered a request in this process (to stop them on shutdown). */
export const observedServers = (): Server[] => [...(globalForObserver.linxRequestObserver?.servers ?? [])];
