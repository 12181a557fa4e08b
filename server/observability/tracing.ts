import type { SpanProcessor } from "@opentelemetry/sdk-trace-node";
import type { Env } from "@/server/env";
import { currentRequestId } from "./request-context";

// Traces (README, "Operating LinX"): Next opens a span for each request (and, inside it, for
// rendering, route handlers and fetches); with OTEL_EXPORTER_OTLP_ENDPOINT set they are exported
// over OTLP/HTTP, each carrying the request id that the log lines carry. Unset: no tracer is
// registered and Next's spans cost nothing.

export const REQUEST_ID_ATTRIBUTE = "linx.request_id";

/** Puts the running request's id on every span it opens. */
const requestIdProcessor: SpanProcessor = {
  onStart: (span) => {
    const requestId = currentRequestId();
    if (requestId) span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
  },
  onEnd: () => {},
  forceFlush: async () => {},
  shutdown: async () => {},
};

export type Tracing = { flush: () => Promise<void>; shutdown: () => Promise<void> };

/** The OTLP traces URL for a collector's base URL (the OTLP convention: base + /v1/traces). */
const tracesUrl = (endpoint: string) => `${endpoint.replace(/\/+$/, "")}/v1/traces`;

/** Registers the tracer provider when an OTLP endpoint is configured; undefined otherwise. */
export const startTracing = async (
  config: Pick<Env, "OTEL_EXPORTER_OTLP_ENDPOINT" | "OTEL_SERVICE_NAME">,
): Promise<Tracing | undefined> => {
  if (!config.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  const [{ NodeTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { resourceFromAttributes }] =
    await Promise.all([
      import("@opentelemetry/sdk-trace-node"),
      import("@opentelemetry/exporter-trace-otlp-http"),
      import("@opentelemetry/resources"),
    ]);
  const exporter = new OTLPTraceExporter({ url: tracesUrl(config.OTEL_EXPORTER_OTLP_ENDPOINT) });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": config.OTEL_SERVICE_NAME }),
    spanProcessors: [requestIdProcessor, new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000 })],
  });
  provider.register();
  return { flush: () => provider.forceFlush(), shutdown: () => provider.shutdown() };
};
