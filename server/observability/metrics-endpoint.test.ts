import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { overrideJobHandler } from "@/server/jobs/job-registry";
import { runJob } from "@/server/jobs/run-job";
import { createTestBusiness } from "@/server/testing/factories";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { readJobQueue } from "./collected-metrics";
import { metricsResponse, tokenMatches } from "./metrics-endpoint";

const TOKEN = "metrics-test-token-0123456789";
const saved = process.env.METRICS_TOKEN;
let businessId: string;

beforeAll(async () => {
  businessId = (await createTestBusiness({ name: "Metrics Co" })).id;
});
afterEach(() => {
  if (saved === undefined) delete process.env.METRICS_TOKEN;
  else process.env.METRICS_TOKEN = saved;
  resetEnvForTests();
});
afterAll(async () => {
  overrideJobHandler("WORKFLOW_REMIND", null);
  await db().business.delete({ where: { id: businessId } });
});

const scrape = (authorization?: string) =>
  metricsResponse(new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }));
const useToken = () => {
  process.env.METRICS_TOKEN = TOKEN;
  resetEnvForTests();
};

describe("GET /api/metrics", () => {
  it("does not exist while METRICS_TOKEN is unset", async () => {
    delete process.env.METRICS_TOKEN;
    resetEnvForTests();
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(404);
  });

  it("answers 401 without the token or with another", async () => {
    useToken();
    for (const authorization of [
      undefined,
      "Bearer wrong",
      `Bearer ${TOKEN}x`,
      `Basic ${TOKEN}`,
      `Bearer ${TOKEN.slice(0, -1)}`,
    ]) {
      const response = await scrape(authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it("serves Prometheus text with the request, job, delivery, send and pool metrics", async () => {
    useToken();
    overrideJobHandler("WORKFLOW_REMIND", async () => {});
    const [job] = await inUnitOfWork((uow) =>
      uow.enqueue({ businessId, kind: "WORKFLOW_REMIND", subjectId: randomUUID() }),
    );
    expect((await runJob({ jobId: job!.id })).outcome).toBe("done");
    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(/^linx_job_runs_total\{kind="WORKFLOW_REMIND",lane="MESSAGES",outcome="done"\} [1-9]/m);
    expect(text).toMatch(/^linx_job_duration_seconds_count\{kind="WORKFLOW_REMIND",lane="MESSAGES"\} [1-9]/m);
    for (const lane of ["MESSAGES", "EXPIRY", "PAYMENTS", "WEBHOOKS"]) {
      for (const name of [
        "linx_jobs_due",
        "linx_jobs_running",
        "linx_jobs_retrying",
        "linx_jobs_oldest_due_age_seconds",
      ])
        expect(text).toMatch(new RegExp(`^${name}\\{lane="${lane}"\\} \\d`, "m"));
    }
    expect(text).toMatch(/^linx_jobs_queue_read_ok 1$/m);
    expect(text).toMatch(/^linx_db_pool_connections\{state="in_use"\} \d+$/m);
    expect(text).toMatch(/^linx_db_pool_connections\{state="waiting"\} \d+$/m);
    expect(text).toContain("# TYPE linx_http_request_duration_seconds histogram");
    expect(text).toContain("# TYPE linx_webhook_deliveries_total counter");
    expect(text).toContain("# TYPE linx_message_sends_total counter");
    expect(text).toMatch(/^linx_process_cpu_seconds_total /m);
  });

  it("reads the queue per lane: due, retrying and the oldest due job's age", async () => {
    const hourAgo = new Date(Date.now() - 3600_000);
    await inUnitOfWork((uow) =>
      uow.enqueue(
        ...[0, 1, 2].map(() => ({
          businessId,
          kind: "WORKFLOW_EXPIRE" as const,
          subjectId: randomUUID(),
          runAt: hourAgo,
        })),
      ),
    );
    await db().scheduledJob.updateMany({ where: { businessId, kind: "WORKFLOW_EXPIRE" }, data: { attempts: 1 } });
    const expiry = (await readJobQueue()).find((lane) => lane.lane === "EXPIRY")!;
    expect(expiry.due).toBeGreaterThanOrEqual(3);
    expect(expiry.retrying).toBeGreaterThanOrEqual(3);
    expect(expiry.oldestDueAgeSeconds).toBeGreaterThanOrEqual(3599);
  });

  it("compares tokens in constant time and whole", () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(TOKEN.slice(0, 10), TOKEN)).toBe(false);
    expect(tokenMatches(`${TOKEN}!`, TOKEN)).toBe(false);
  });
});
