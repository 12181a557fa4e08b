import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { resetEnvForTests } from "../env";
import { enqueueJob } from "../services/jobs/enqueue-job";
import { dispatchJobs } from "./dispatch-jobs";
import { startInProcessRunner, stopInProcessRunner } from "./in-process-runner";
import { overrideJobHandler } from "./job-handlers";

let businessId: string;
const saved = { ...process.env };

beforeAll(async () => {
  businessId = (await db().business.create({ data: { name: "Dispatch", slug: `dispatch-${randomUUID()}` }, select: { id: true } })).id;
});
afterAll(async () => {
  await db().business.delete({ where: { id: businessId } });
});
afterEach(async () => {
  await stopInProcessRunner();
  process.env = { ...saved };
  resetEnvForTests();
  vi.restoreAllMocks();
});

const enqueue = () => db().$transaction((tx) => enqueueJob(tx, { businessId, kind: "TRANSACTION_ADVANCE", subjectId: randomUUID() }));

describe("dispatchJobs", () => {
  it("wakes the in-process runner so a new job runs now, not at the next sweep", async () => {
    const ran: string[] = [];
    const restore = overrideJobHandler("TRANSACTION_ADVANCE", async (job) => {
      ran.push(job.id);
    });
    try {
      startInProcessRunner({ intervalMs: 600_000, businessId });
      const job = await enqueue();
      await dispatchJobs([job]);
      const deadline = Date.now() + 5000;
      while (ran.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(ran).toEqual([job.id]);
    } finally {
      restore();
    }
  });

  it("never fails the caller when Inngest cannot be reached", async () => {
    process.env.INNGEST_SIGNING_KEY = "signkey-test-0123";
    delete process.env.INNGEST_EVENT_KEY;
    resetEnvForTests();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const job = await enqueue();
    await expect(dispatchJobs([job])).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("the sweep will pick them up"));
    expect((await db().scheduledJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("PENDING");
  });
});
