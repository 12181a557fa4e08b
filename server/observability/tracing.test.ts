import http from "node:http";
import type { AddressInfo } from "node:net";
import { trace } from "@opentelemetry/api";
import { afterAll, describe, expect, it } from "vitest";
import { observeRequests } from "./request-observer";
import { routeTableOf } from "./request-routes";
import { REQUEST_ID_ATTRIBUTE, startTracing, type Tracing } from "./tracing";

// Traces leave over OTLP/HTTP for a collector, here one on loopback that records what it is sent;
// the span a request opens (as Next's do) carries the request's id.

const startCollector = async () => {
  const received: Array<{ path: string; contentType: string | undefined; body: string }> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({
        path: req.url ?? "",
        contentType: req.headers["content-type"],
        body: Buffer.concat(chunks).toString("utf8"),
      });
      res.writeHead(200, { "Content-Type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
};

const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("tracing", () => {
  it("registers nothing without OTEL_EXPORTER_OTLP_ENDPOINT", async () => {
    expect(await startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: undefined, OTEL_SERVICE_NAME: "linx" })).toBeUndefined();
  });

  it("exports a request's spans over OTLP/HTTP with the request id on them", async () => {
    const collector = await startCollector();
    cleanups.push(collector.close);
    const tracing = (await startTracing({
      OTEL_EXPORTER_OTLP_ENDPOINT: `${collector.url}/`,
      OTEL_SERVICE_NAME: "linx-test",
    })) as Tracing;
    cleanups.push(tracing.shutdown);
    const observer = observeRequests(routeTableOf({ staticRoutes: [{ page: "/portal" }] }));
    cleanups.push(observer.unsubscribe);
    const server = http.createServer((_req, res) => {
      // As Next does for each request: a server span, opened while the request runs.
      void trace.getTracer("next.js").startActiveSpan("GET /portal", async (span) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        span.end();
        res.end("ok");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => server.close());
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/portal`, {
      headers: { "X-Request-Id": "trace-me-123" },
    });
    await response.text();
    await tracing.flush();

    const exported = collector.received.find((request) => request.body.includes("GET /portal"));
    expect(exported).toMatchObject({ path: "/v1/traces", contentType: expect.stringContaining("application/json") });
    const body = JSON.parse(exported!.body) as {
      resourceSpans: Array<{
        resource: { attributes: unknown[] };
        scopeSpans: Array<{
          spans: Array<{ name: string; attributes: Array<{ key: string; value: { stringValue?: string } }> }>;
        }>;
      }>;
    };
    const spans = body.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
    const span = spans.find((s) => s.name === "GET /portal");
    expect(span?.attributes).toContainEqual({ key: REQUEST_ID_ATTRIBUTE, value: { stringValue: "trace-me-123" } });
    expect(body.resourceSpans[0]!.resource.attributes).toContainEqual({
      key: "service.name",
      value: { stringValue: "linx-test" },
    });
  });
});
