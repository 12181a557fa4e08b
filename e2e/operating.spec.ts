import http from "node:http";
import { expect, test } from "@playwright/test";
import { E2E_METRICS_TOKEN, E2E_OTLP_PORT } from "../playwright.config";

// What an operator sees of the running app: request ids, liveness and readiness, metrics behind
// their token, and traces exported to a collector (here one on loopback that records them).

test("[OPERATING] every response carries a request id, the caller's when it sends one", async ({ request }) => {
  const made = await request.get("/sign-in");
  expect(made.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const given = await request.get("/api/v2/business", { headers: { "X-Request-Id": "e2e-req-1" } });
  expect(given.status()).toBe(401);
  expect(given.headers()["x-request-id"]).toBe("e2e-req-1");
});

test("[OPERATING] liveness and readiness", async ({ request }) => {
  const live = await request.get("/api/health/live");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "live" });
  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({
    status: "ready",
    checks: { database: true, migrations: true, jobs: true, accepting: true },
  });
});

test("[OPERATING] /api/metrics answers only with its token, with request and job metrics", async ({ request }) => {
  expect((await request.get("/api/metrics")).status()).toBe(401);
  expect(
    (await request.get("/api/metrics", { headers: { Authorization: "Bearer not-the-token-0123456789" } })).status(),
  ).toBe(401);
  await request.get("/l/not-a-real-link-token");
  const response = await request.get("/api/metrics", { headers: { Authorization: `Bearer ${E2E_METRICS_TOKEN}` } });
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(
    /^linx_http_request_duration_seconds_count\{method="GET",route="\/l\/\[token\]",status="404"\} [1-9]/m,
  );
  expect(text).not.toContain("not-a-real-link-token");
  expect(text).toMatch(/^linx_jobs_due\{lane="MESSAGES"\} \d+/m);
  expect(text).toMatch(/^linx_jobs_oldest_due_age_seconds\{lane="WEBHOOKS"\} [\d.]+/m);
  expect(text).toMatch(/^linx_db_pool_connections\{state="in_use"\} \d+/m);
});

test("[OPERATING] traces reach an OTLP collector with the request id on the request's span", async ({ request }) => {
  const bodies: string[] = [];
  const collector = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      if (req.url === "/v1/traces") bodies.push(body);
      res.writeHead(200, { "Content-Type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => collector.listen(E2E_OTLP_PORT, "127.0.0.1", resolve));
  try {
    const requestId = `e2e-trace-${Date.now()}`;
    expect((await request.get("/sign-in", { headers: { "X-Request-Id": requestId } })).status()).toBe(200);
    // The app sends its batch of spans within about a second.
    await expect.poll(() => bodies.some((body) => body.includes(requestId)), { timeout: 20_000 }).toBe(true);
    const spans = bodies
      .filter((body) => body.includes(requestId))
      .flatMap(
        (body) =>
          (
            JSON.parse(body) as {
              resourceSpans: Array<{
                scopeSpans: Array<{
                  spans: Array<{ name: string; attributes: Array<{ key: string; value: { stringValue?: string } }> }>;
                }>;
              }>;
            }
          ).resourceSpans,
      )
      .flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans))
      .filter((span) =>
        span.attributes.some(
          (attribute) => attribute.key === "linx.request_id" && attribute.value.stringValue === requestId,
        ),
      );
    // Next's own request span, named for the route.
    expect(spans.map((span) => span.name)).toContainEqual(expect.stringMatching(/^GET \/sign-in/));
  } finally {
    collector.close();
  }
});
