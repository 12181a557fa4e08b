import { timingSafeEqual } from "node:crypto";
import { env } from "@/server/env";
import { scrapeMetrics } from "./collected-metrics";

// GET /api/metrics: Prometheus's text format, for whoever holds METRICS_TOKEN (Authorization:
// Bearer …). Unset, the route does not exist (404), so no instance exposes metrics by accident.

const notFound = () => new Response("Not Found", { status: 404 });

/** Constant-time comparison of the presented token with the configured one. */
export const tokenMatches = (presented: string, expected: string) => {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  // Compared against itself when the lengths differ, so the time does not tell the length either.
  return timingSafeEqual(a.length === b.length ? a : b, b) && a.length === b.length;
};

export const metricsResponse = async (request: Request): Promise<Response> => {
  const token = env().METRICS_TOKEN;
  if (!token) return notFound();
  const header = request.headers.get("authorization") ?? "";
  const presented = header.startsWith("Bearer ") ? header.slice("Bearer ".length).trim() : "";
  if (!presented || !tokenMatches(presented, token)) {
    return new Response("Unauthorized", {
      status: 401,
      headers: { "WWW-Authenticate": 'Bearer realm="metrics"', "Cache-Control": "no-store" },
    });
  }
  const { body, contentType } = await scrapeMetrics();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
};
