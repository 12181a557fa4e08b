import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import type { JobInput } from "./enqueue-jobs";
import type { ClaimedJob } from "./job-handler";
import { LANE_LIMITS } from "./job-lanes";
import { overrideJobHandler } from "./job-registry";
import { createLaneRunner, type LaneRunner } from "./lane-runner";
import { runDueJobs } from "./run-due-jobs";
import { createOutcomeWriter } from "./settle-jobs";
import { createTestBusiness } from "@/server/testing/factories";

// Two app instances on one database: each has its own lane runners and its own outcome writer,
// and only the database (the claims) stands between them. Every job must run exactly once.

let businessId: string;
const restores: Array<() => void> = [];
const runners: LaneRunner[] = [];

beforeEach(async () => {
  ({ id: businessId } = await createTestBusiness({ name: "Two instances", documents: false, apiKey: false }));
});
afterEach(async () => {
  await Promise.all(runners.splice(0).map((runner) => runner.stop()));
  while (restores.length > 0) restores.pop()!();
  await db().business.delete({ where: { id: businessId } });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const waitFor = async (what: string, check: () => boolean | Promise<boolean>, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
};

/** Enqueues `count` jobs in a few units of work, as many requests would. */
const enqueueMany = async (count: number, job: (i: number) => Omit<JobInput, "businessId" | "subjectId">) => {
  const ids: string[] = [];
  for (let start = 0; start < count; start += 50) {
    const inputs = Array.from({ length: Math.min(50, count - start) }, (_, i) => ({
      businessId,
      subjectId: randomUUID(),
      ...job(start + i),
    }));
    ids.push(...(await inUnitOfWork((uow) => uow.enqueue(...inputs))).map((queued) => queued.id));
  }
  return ids;
};

/** A handler that counts each job's runs and yields a little, so the instances interleave. */
const recordRuns = () => {
  const runs = new Map<string, number>();
  const handler = async (job: ClaimedJob) => {
    runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
    await sleep(Math.floor(Math.random() * 4));
  };
  return { runs, handler };
};

const countByStatus = async () =>
  Object.fromEntries(
    (await db().scheduledJob.groupBy({ by: ["status"], where: { businessId }, _count: true })).map((s) => [
      s.status,
      s._count,
    ]),
  );

describe("two app instances on one database", () => {
  it("share ~300 jobs of two lanes through their lane runners, and none runs twice", { timeout: 120_000 }, async () => {
    const messages = recordRuns();
    const webhooks = recordRuns();
    restores.push(
      overrideJobHandler("WORKFLOW_SEND", messages.handler),
      overrideJobHandler("WEBHOOK_DELIVER", webhooks.handler),
    );
    const messageIds = await enqueueMany(240, () => ({ kind: "WORKFLOW_SEND" }));
    const webhookIds = await enqueueMany(60, (i) => ({ kind: "WEBHOOK_DELIVER", concurrencyKey: `endpoint-${i % 3}` }));

    const errors: unknown[] = [];
    const ranBy = [new Map<string, number>(), new Map<string, number>()];
    for (const instance of [0, 1]) {
      const writer = createOutcomeWriter();
      for (const lane of ["MESSAGES", "WEBHOOKS"] as const) {
        runners.push(
          createLaneRunner({
            lane,
            limits: LANE_LIMITS[lane],
            intervalMs: 60_000,
            writer,
            businessId,
            onError: (error) => void errors.push(error),
            onRan: (job) => void ranBy[instance]!.set(job.lane, (ranBy[instance]!.get(job.lane) ?? 0) + 1),
          }),
        );
      }
    }
    for (const runner of runners) runner.wake();

    await waitFor(
      "all 300 jobs to be DONE",
      async () => (await db().scheduledJob.count({ where: { businessId, status: "DONE" } })) === 300,
    );
    expect(errors).toEqual([]);
    expect(await countByStatus()).toEqual({ DONE: 300 });
    expect(messages.runs.size).toBe(240);
    expect(webhooks.runs.size).toBe(60);
    for (const id of messageIds) expect(messages.runs.get(id)).toBe(1);
    for (const id of webhookIds) expect(webhooks.runs.get(id)).toBe(1);
    const attempts = await db().scheduledJob.findMany({ where: { businessId }, select: { attempts: true } });
    expect(attempts.every((job) => job.attempts === 1)).toBe(true);
    // Both instances took part (each claims at most its lane's concurrency at a time).
    const ran = ranBy.map((byLane) => (byLane.get("MESSAGES") ?? 0) + (byLane.get("WEBHOOKS") ?? 0));
    expect(ran[0]! + ran[1]!).toBe(300);
    expect(ran[0]).toBeGreaterThan(0);
    expect(ran[1]).toBeGreaterThan(0);
  });

  it("share ~300 jobs through runDueJobs passes running at the same time, and none runs twice", {
    timeout: 120_000,
  }, async () => {
    const recorder = recordRuns();
    restores.push(overrideJobHandler("TRANSACTION_NOTIFY", recorder.handler));
    const ids = await enqueueMany(300, () => ({ kind: "TRANSACTION_NOTIFY" }));

    const loop = async () => {
      let ran = 0;
      for (;;) {
        const results = await runDueJobs({ businessId, lanes: ["MESSAGES"] });
        if (results.length === 0) return ran;
        expect(results.every((result) => result.outcome === "done")).toBe(true);
        ran += results.length;
      }
    };
    const [first, second, third] = await Promise.all([loop(), loop(), loop()]);
    expect(first + second + third).toBe(300);
    expect(await countByStatus()).toEqual({ DONE: 300 });
    expect(recorder.runs.size).toBe(300);
    for (const id of ids) expect(recorder.runs.get(id)).toBe(1);
  });
});
