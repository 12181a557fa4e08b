import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLogsForTests } from "./logger";
import { metrics } from "./metrics";
import { currentRequestId } from "./request-context";
import { observeRequests, type ObserverState } from "./request-observer";
import { routeTableOf } from "./request-routes";

// The request log and metrics see every request a Node HTTP server answers, as Next's does.

const table = routeTableOf({
  staticRoutes: [{ page: "/" }, { page: "/api/health" }, { page: "/portal" }],
  dynamicRoutes: [
    { page: "/l/[token]", regex: "^/l/([^/]+?)(?:/)?$" },
    { page: "/api/v2/linx/workflows/[id]", regex: "^/api/v2/linx/workflows/([^/]+?)(?:/)?$" },
  ],
});

let observer: ObserverState;
let server: http.Server;
let base: string;
const seenIds: Array<string | undefined> = [];

beforeAll(async () => {
  observer = observeRequests(table);
  server = http.createServer((req, res) => {
    // What Next would run for the request sees its id (log lines, spans), asynchronously too.
    setImmediate(() => {
      seenIds.push(currentRequestId());
      res.statusCode = req.url?.startsWith("/api/v2") ? 201 : req.url === "/missing" ? 404 : 200;
      res.end(String(req.headers["x-request-id"]));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  observer.unsubscribe();
});

const samples = async (route: string, status: string) =>
  (await metrics().httpDuration.get()).values.find(
    (v) =>
      v.metricName === "linx_http_request_duration_seconds_count" &&
      v.labels.route === route &&
      v.labels.status === status,
  )?.value ?? 0;

describe("the request observer", () => {
  it("gives each request an id, takes the caller's, and returns it on the response and to the handler", async () => {
    const made = await fetch(`${base}/portal`);
    const id = made.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await made.text()).toBe(id);
    expect(seenIds.at(-1)).toBe(id);

    const given = await fetch(`${base}/portal`, { headers: { "X-Request-Id": "edge-7f3a.1" } });
    expect(given.headers.get("x-request-id")).toBe("edge-7f3a.1");
    expect(seenIds.at(-1)).toBe("edge-7f3a.1");

    // Not a plain token (spaces, too long): a new one, so nothing odd reaches the log.
    for (const odd of ["two words", "x".repeat(200)]) {
      const response = await fetch(`${base}/`, { headers: { "X-Request-Id": odd } });
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("logs one line per request with method, route template, status, duration and id", async () => {
    const logs = captureLogsForTests({ level: "info" });
    await fetch(`${base}/l/abcDEF123secret?x=1`, { headers: { "X-Request-Id": "req-42" } });
    await fetch(`${base}/api/v2/linx/workflows/wf_123`, { method: "POST", body: "{}" });
    await fetch(`${base}/missing`);
    await fetch(`${base}/api/health`);
    logs.restore();
    const lines = logs.entries().filter((entry) => entry.component === "http");
    expect(lines).toEqual([
      expect.objectContaining({
        level: "info",
        msg: "request",
        requestId: "req-42",
        method: "GET",
        route: "/l/[token]",
        status: 200,
        durationMs: expect.any(Number),
      }),
      expect.objectContaining({ method: "POST", route: "/api/v2/linx/workflows/[id]", status: 201 }),
      expect.objectContaining({ method: "GET", route: "unmatched", status: 404 }),
      // Probes are counted, not logged at info.
    ]);
    expect(logs.text()).not.toContain("abcDEF123secret");
  });

  it("counts requests by route template and status, never by raw path", async () => {
    const before = await samples("/l/[token]", "200");
    await Promise.all(["a1", "b2", "c3"].map((token) => fetch(`${base}/l/${token}`).then((r) => r.text())));
    expect(await samples("/l/[token]", "200")).toBe(before + 3);
    const routes = new Set((await metrics().httpDuration.get()).values.map((v) => v.labels.route));
    expect([...routes].filter((route) => String(route).includes("a1"))).toEqual([]);
  });
});
