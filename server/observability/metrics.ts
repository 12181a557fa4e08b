import client from "prom-client";

// The process's Prometheus metrics (README, "Operating LinX"), served by GET /api/metrics. Kept on
// globalThis: the request observer in scripts/serve.ts and the code inside Next's bundle must count
// into the same registry. Labels are bounded: routes are templates, kinds and lanes are enums.

const create = () => {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "linx_" });
  const httpDuration = new client.Histogram({
    name: "linx_http_request_duration_seconds",
    help: "HTTP requests by method, route template and status, and how long they took",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const jobRuns = new client.Counter({
    name: "linx_job_runs_total",
    help: "Job runs by kind, lane and outcome (done, retry: failed and due again, failed: failed for good, lost: its claim passed on)",
    labelNames: ["kind", "lane", "outcome"] as const,
    registers: [registry],
  });
  const jobDuration = new client.Histogram({
    name: "linx_job_duration_seconds",
    help: "How long job runs took, by kind and lane",
    labelNames: ["kind", "lane"] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60],
    registers: [registry],
  });
  const webhookDeliveries = new client.Counter({
    name: "linx_webhook_deliveries_total",
    help: "Webhook delivery attempts by outcome (succeeded: a 2xx; failed: any other answer, a timeout or a refused target)",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  const messageSends = new client.Counter({
    name: "linx_message_sends_total",
    help: "Texts handed to the provider, by channel, provider and outcome (sent, refused, capped: over the business's hourly cap)",
    labelNames: ["channel", "provider", "outcome"] as const,
    registers: [registry],
  });
  return { registry, httpDuration, jobRuns, jobDuration, webhookDeliveries, messageSends };
};

export type Metrics = ReturnType<typeof create>;

const globalForMetrics = globalThis as unknown as { linxMetrics?: Metrics };

export const metrics = (): Metrics => (globalForMetrics.linxMetrics ??= create());
