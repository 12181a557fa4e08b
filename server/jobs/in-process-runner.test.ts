import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JobKind } from "@/server/generated/prisma/enums";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import type { JobInput } from "./enqueue-jobs";
import type { ClaimedJob } from "./job-handler";
import { LANE_LIMITS } from "./job-lanes";
import { overrideJobHandler } from "./job-registry";
import { startInProcessRunner, stopInProcessRunner, wakeInProcessRunner } from "./in-process-runner";
import { runnerState } from "./runner-state";
import { createTestBusiness } from "@/server/testing/factories";

let businessId: string;
const saved = { ...process.env };
const restores: Array<() => void> = [];

beforeEach(async () => {
  // In-process mode, whatever the shell says.
  delete process.env.INNGEST_SIGNING_KEY;
  delete process.env.INNGEST_DEV;
  resetEnvForTests();
  ({ id: businessId } = await createTestBusiness({ name: "Runner", documents: false, apiKey: false }));
});
afterEach(async () => {
  await stopInProcessRunner();
  while (restores.length > 0) restores.pop()!();
  process.env = { ...saved };
  resetEnvForTests();
  await db().business.delete({ where: { id: businessId } });
});

const override = (kind: JobKind, handler: (job: ClaimedJob) => Promise<void>) =>
  restores.push(overrideJobHandler(kind, handler));
const enqueue = async (...jobs: Array<Omit<JobInput, "businessId" | "subjectId">>) =>
  inUnitOfWork((uow) => uow.enqueue(...jobs.map((job) => ({ businessId, subjectId: randomUUID(), ...job }))));
const statusOf = async (id: string) =>
  (await db().scheduledJob.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const waitFor = async (what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
};
/** A promise the test opens; handlers wait on it (with a fallback so a failing test cannot hang). */
const gate = (fallbackMs = 15_000) => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
    setTimeout(resolve, fallbackMs).unref();
  });
  return { opened, open };
};

// Long enough that anything the tests see happen within their bounds was caused by a wake, not the interval.
const LONG_INTERVAL = 60_000;

describe("in-process runner", () => {
  it("picks a job committed through a unit of work up at once, and a future one at its time, despite a long interval", async () => {
    const ran = new Map<string, number>();
    override("WORKFLOW_SEND", async (job) => void ran.set(job.id, Date.now()));
    override("TRANSACTION_ADVANCE", async (job) => void ran.set(job.id, Date.now()));
    expect(startInProcessRunner({ intervalMs: LONG_INTERVAL, businessId, housekeeping: false })).toBe(true);
    expect(runnerState()).toMatchObject({ mode: "in-process", running: true, intervalMs: LONG_INTERVAL });
    await sleep(300); // the start-up claims find nothing; the lanes now rest for a minute

    // Control: a row written without a unit of work wakes nobody and waits for the interval. (In
    // another lane, so that the wakes of the MESSAGES lane below do not take it along.)
    const unannounced = await db().scheduledJob.create({
      data: { businessId, kind: "TRANSACTION_ADVANCE", lane: "PAYMENTS", subjectId: "x", runAt: new Date() },
    });
    await sleep(500);
    expect(await statusOf(unannounced.id)).toBe("PENDING");

    const committedAt = Date.now();
    const [job] = await enqueue({ kind: "WORKFLOW_SEND" });
    await waitFor("the committed job to be DONE", async () => (await statusOf(job!.id)) === "DONE", 5_000);
    expect(ran.get(job!.id)! - committedAt).toBeLessThan(5_000);
    expect(await statusOf(unannounced.id)).toBe("PENDING");

    const runAt = new Date(Date.now() + 1_000);
    const [future] = await enqueue({ kind: "WORKFLOW_SEND", runAt });
    await sleep(300);
    expect(ran.has(future!.id)).toBe(false);
    await waitFor("the future job to be DONE", async () => (await statusOf(future!.id)) === "DONE", 8_000);
    expect(ran.get(future!.id)!).toBeGreaterThanOrEqual(runAt.getTime());

    wakeInProcessRunner();
    await waitFor(
      "the unannounced job to be DONE after a wake",
      async () => (await statusOf(unannounced.id)) === "DONE",
      5_000,
    );
    expect(runnerState().lastRunAt).toBeDefined();
  });

  it("runs a MESSAGES job while a slow WEBHOOKS job holds its slot", async () => {
    const slow = gate(5_000);
    let webhookStarted = false;
    let webhookFinished = false;
    override("WEBHOOK_DELIVER", async () => {
      webhookStarted = true;
      await slow.opened;
      webhookFinished = true;
    });
    let messageRanAt = 0;
    override("WORKFLOW_SEND", async () => void (messageRanAt = Date.now()));
    startInProcessRunner({ intervalMs: LONG_INTERVAL, businessId, housekeeping: false });

    const [webhook] = await enqueue({ kind: "WEBHOOK_DELIVER", concurrencyKey: "slow-endpoint" });
    await waitFor("the webhook job to start", () => webhookStarted);

    const committedAt = Date.now();
    const [message] = await enqueue({ kind: "WORKFLOW_SEND" });
    await waitFor("the message job to be DONE", async () => (await statusOf(message!.id)) === "DONE", 4_000);
    // Well under the slow job's 5 s: the message did not queue behind it.
    expect(messageRanAt - committedAt).toBeLessThan(2_000);
    expect(webhookFinished).toBe(false);
    expect(await statusOf(webhook!.id)).toBe("RUNNING");

    slow.open();
    await waitFor("the webhook job to be DONE", async () => (await statusOf(webhook!.id)) === "DONE");
  });

  it("caps a lane at its concurrency; a full lane does not hold the other lanes", async () => {
    const expiryGate = gate();
    let expiryRunning = 0;
    let expiryMax = 0;
    override("WORKFLOW_EXPIRE", async () => {
      expiryRunning += 1;
      expiryMax = Math.max(expiryMax, expiryRunning);
      await expiryGate.opened;
      expiryRunning -= 1;
    });
    override("TRANSACTION_ADVANCE", async () => {});
    startInProcessRunner({ intervalMs: LONG_INTERVAL, businessId, housekeeping: false });

    const limit = LANE_LIMITS.EXPIRY.concurrency;
    const expiries = await enqueue(...Array.from({ length: limit + 2 }, () => ({ kind: "WORKFLOW_EXPIRE" as const })));
    await waitFor("the expiry lane to fill", () => expiryRunning === limit);
    const [payment] = await enqueue({ kind: "TRANSACTION_ADVANCE" });
    await waitFor("the payment job to be DONE", async () => (await statusOf(payment!.id)) === "DONE", 5_000);
    expect(expiryRunning).toBe(limit);
    const statuses = await db().scheduledJob.groupBy({
      by: ["status"],
      where: { businessId, kind: "WORKFLOW_EXPIRE" },
      _count: true,
    });
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count]))).toEqual({ RUNNING: limit, PENDING: 2 });

    expiryGate.open();
    await waitFor(
      "every expiry job to be DONE",
      async () =>
        (await db().scheduledJob.count({ where: { businessId, kind: "WORKFLOW_EXPIRE", status: "DONE" } })) ===
        expiries.length,
    );
    expect(expiryMax).toBe(limit);
  });

  it("runs at most perKey jobs of one webhook endpoint at once, without holding up other endpoints", async () => {
    const perKey = LANE_LIMITS.WEBHOOKS.perKey!;
    const release = gate();
    const running = new Map<string, number>();
    const max = new Map<string, number>();
    const runs = new Map<string, number>();
    override("WEBHOOK_DELIVER", async (job) => {
      const key = job.concurrencyKey!;
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      running.set(key, (running.get(key) ?? 0) + 1);
      max.set(key, Math.max(max.get(key) ?? 0, running.get(key)!));
      await release.opened;
      running.set(key, running.get(key)! - 1);
    });
    startInProcessRunner({ intervalMs: LONG_INTERVAL, businessId, housekeeping: false });

    // The busy endpoint's perKey + 12 jobs are older, so they come first in the due order.
    const base = Date.now() - 60_000;
    const busy = Array.from({ length: perKey + 12 }, (_, i) => ({
      kind: "WEBHOOK_DELIVER" as const,
      concurrencyKey: "busy-endpoint",
      runAt: new Date(base + i),
    }));
    const quiet = Array.from({ length: 5 }, (_, i) => ({
      kind: "WEBHOOK_DELIVER" as const,
      concurrencyKey: "quiet-endpoint",
      runAt: new Date(base + 100 + i),
    }));
    const jobs = await enqueue(...busy, ...quiet);

    await waitFor(
      "the quiet endpoint's 5 jobs to run beside the busy one's perKey",
      () => running.get("quiet-endpoint") === 5 && running.get("busy-endpoint") === perKey,
    );
    await sleep(300); // room for a claim that ignores the cap to show itself
    expect(max.get("busy-endpoint")).toBe(perKey);
    expect(
      await db().scheduledJob.count({ where: { businessId, concurrencyKey: "busy-endpoint", status: "PENDING" } }),
    ).toBe(12);

    release.open();
    await waitFor(
      "every job to be DONE",
      async () => (await db().scheduledJob.count({ where: { businessId, status: "DONE" } })) === jobs.length,
      15_000,
    );
    expect(max.get("busy-endpoint")).toBe(perKey);
    expect(max.get("quiet-endpoint")).toBe(5);
    expect(runs.size).toBe(jobs.length);
    for (const job of jobs) expect(runs.get(job.id)).toBe(1);
  });

  it("waits on stop for the jobs in flight and writes their outcomes, then takes no more", async () => {
    const release = gate();
    let started = 0;
    let finished = 0;
    override("TRANSACTION_NOTIFY", async (job) => {
      started += 1;
      await release.opened;
      finished += 1;
      if (job.payload && (job.payload as { fail?: boolean }).fail) throw new Error("provider down");
    });
    startInProcessRunner({ intervalMs: LONG_INTERVAL, businessId, housekeeping: false });
    const [ok, failing] = await enqueue(
      { kind: "TRANSACTION_NOTIFY" },
      { kind: "TRANSACTION_NOTIFY", payload: { fail: true } },
    );
    await waitFor("both jobs to start", () => started === 2);

    let stopped = false;
    const stopping = stopInProcessRunner().then(() => void (stopped = true));
    await sleep(200);
    expect(stopped).toBe(false);
    expect(runnerState().running).toBe(true);

    release.open();
    await stopping;
    expect(finished).toBe(2);
    // Written before stop resolved: no polling.
    expect(await statusOf(ok!.id)).toBe("DONE");
    expect(await db().scheduledJob.findUniqueOrThrow({ where: { id: failing!.id } })).toMatchObject({
      status: "PENDING",
      lastError: "Error: provider down",
    });
    expect(runnerState().running).toBe(false);

    const [afterStop] = await enqueue({ kind: "TRANSACTION_NOTIFY" });
    wakeInProcessRunner();
    await sleep(300);
    expect(await statusOf(afterStop!.id)).toBe("PENDING");
    expect(started).toBe(2);
  });

  it("stays off when Inngest is configured", async () => {
    process.env.INNGEST_SIGNING_KEY = "signkey-test-123";
    resetEnvForTests();
    expect(startInProcessRunner({ businessId, housekeeping: false })).toBe(false);
    expect(runnerState()).toMatchObject({ mode: "inngest", running: false });
  });
});
