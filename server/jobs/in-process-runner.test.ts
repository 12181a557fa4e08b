import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { resetEnvForTests } from "../env";
import { enqueueJob } from "../services/jobs/enqueue-job";
import { overrideJobHandler } from "./job-handlers";
import { runnerTick, startInProcessRunner, stopInProcessRunner, wakeInProcessRunner } from "./in-process-runner";
import { runnerState } from "./runner-state";

let businessId: string;
const saved = { ...process.env };

beforeAll(async () => {
  businessId = (await db().business.create({ data: { name: "Runner", slug: `runner-${randomUUID()}` }, select: { id: true } })).id;
});
afterAll(async () => {
  await db().business.delete({ where: { id: businessId } });
});
afterEach(async () => {
  await stopInProcessRunner();
  process.env = { ...saved };
  resetEnvForTests();
});

const enqueue = (runAt?: Date) => db().$transaction((tx) => enqueueJob(tx, { businessId, kind: "WORKFLOW_REMIND", subjectId: randomUUID(), runAt }));
const statusOf = async (id: string) => (await db().scheduledJob.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const waitUntil = async (check: () => boolean | Promise<boolean>, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe("in-process runner", () => {
  it("runs the due jobs in one tick through the handler registry and reports it", async () => {
    const handled: string[] = [];
    const restore = overrideJobHandler("WORKFLOW_REMIND", async (job) => {
      handled.push(job.subjectId);
    });
    try {
      const due = [await enqueue(), await enqueue(new Date(Date.now() - 60_000))];
      const later = await enqueue(new Date(Date.now() + 60_000));

      const results = await runnerTick({ businessId });
      expect(results.map((r) => r.outcome)).toEqual(["done", "done"]);
      expect(handled).toHaveLength(2);
      for (const job of due) expect(await statusOf(job.id)).toBe("DONE");
      expect(await statusOf(later.id)).toBe("PENDING");
      expect(runnerState()).toMatchObject({ lastSweepJobs: 2, lastError: undefined });
      expect(Date.parse(runnerState().lastSweepAt!)).toBeGreaterThan(Date.now() - 5000);
    } finally {
      restore();
    }
  });

  it("loops on its interval without overlapping itself", async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const restore = overrideJobHandler("WORKFLOW_REMIND", async () => {
      runs += 1;
      active += 1;
      maxActive = Math.max(maxActive, active);
      // A job that becomes due while this tick is busy: an overlapping tick would run it now.
      if (runs === 1) await enqueue();
      await new Promise((resolve) => setTimeout(resolve, 200));
      active -= 1;
    });
    try {
      await enqueue();
      expect(startInProcessRunner({ intervalMs: 20, businessId })).toBe(true);
      expect(runnerState()).toMatchObject({ mode: "in-process", running: true, intervalMs: 20 });
      await waitUntil(() => runs === 2 && active === 0);
      expect(maxActive).toBe(1);
    } finally {
      restore();
    }
  });

  it("wakes on demand between long intervals, and stops cleanly", async () => {
    let runs = 0;
    const restore = overrideJobHandler("WORKFLOW_REMIND", async () => {
      runs += 1;
    });
    try {
      startInProcessRunner({ intervalMs: 60_000, businessId });
      const job = await enqueue();
      wakeInProcessRunner();
      await waitUntil(async () => (await statusOf(job.id)) === "DONE");
      expect(runs).toBe(1);

      await stopInProcessRunner();
      expect(runnerState().running).toBe(false);
      const afterStop = await enqueue();
      wakeInProcessRunner();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await statusOf(afterStop.id)).toBe("PENDING");
    } finally {
      restore();
    }
  });

  it("stays off when Inngest is configured", async () => {
    process.env.INNGEST_SIGNING_KEY = "signkey-test-123";
    resetEnvForTests();
    expect(startInProcessRunner({ businessId })).toBe(false);
    expect(runnerState()).toMatchObject({ mode: "inngest", running: false });
  });
});
