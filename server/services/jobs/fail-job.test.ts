import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { JOB_MAX_ATTEMPTS, retryDelayMs } from "../../jobs/job-policy";
import { claimJob } from "./claim-job";
import { completeJob } from "./complete-job";
import { failJob } from "./fail-job";

let businessId: string;

beforeAll(async () => {
  businessId = (await db().business.create({ data: { name: "Failures", slug: `failures-${randomUUID()}` }, select: { id: true } })).id;
});
afterAll(async () => {
  await db().business.delete({ where: { id: businessId } });
});

const claimedJob = async (attempts = 0) => {
  const { id } = await db().scheduledJob.create({ data: { businessId, kind: "TRANSACTION_ADVANCE", subjectId: "txn", runAt: new Date(), attempts }, select: { id: true } });
  const job = await claimJob({ jobId: id });
  if (!job) throw new Error("claim failed");
  return job;
};

describe("retryDelayMs", () => {
  it("doubles from 15 s, caps at an hour, and adds at most 20% jitter", () => {
    expect(retryDelayMs(1, () => 0)).toBe(15_000);
    expect(retryDelayMs(3, () => 0)).toBe(60_000);
    expect(retryDelayMs(30, () => 0)).toBe(3_600_000);
    expect(retryDelayMs(1, () => 1)).toBe(18_000);
  });
});

describe("completeJob / failJob", () => {
  it("completes a claimed job", async () => {
    const job = await claimedJob();
    expect(await completeJob({ jobId: job.id, attempt: job.attempts })).toBe(true);
    const row = await db().scheduledJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(row.status).toBe("DONE");
    expect(row.completedAt).toBeInstanceOf(Date);
  });

  it("backs off a failed job and records the error", async () => {
    const job = await claimedJob();
    const before = Date.now();
    expect(await failJob({ jobId: job.id, attempt: job.attempts, error: "provider said no" })).toBe("PENDING");
    const row = await db().scheduledJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(row).toMatchObject({ status: "PENDING", lastError: "provider said no", attempts: 1 });
    expect(row.runAt.getTime()).toBeGreaterThanOrEqual(before + 15_000 - 1000);
    expect(row.runAt.getTime()).toBeLessThanOrEqual(Date.now() + 18_000 + 1000);
  });

  it("honours an explicit retry time", async () => {
    const job = await claimedJob();
    const retryAt = new Date(Date.now() + 5 * 60_000);
    await failJob({ jobId: job.id, attempt: job.attempts, error: "429", retryAt });
    expect((await db().scheduledJob.findUniqueOrThrow({ where: { id: job.id } })).runAt.getTime()).toBe(retryAt.getTime());
  });

  it("gives up after the last attempt", async () => {
    const job = await claimedJob(JOB_MAX_ATTEMPTS - 1);
    expect(job.attempts).toBe(JOB_MAX_ATTEMPTS);
    expect(await failJob({ jobId: job.id, attempt: job.attempts, error: "still broken" })).toBe("FAILED");
    expect(await db().scheduledJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "FAILED", lastError: "still broken" });
  });

  it("ignores a run that lost its claim to a newer one", async () => {
    const job = await claimedJob();
    await db().scheduledJob.update({ where: { id: job.id }, data: { attempts: job.attempts + 1 } }); // another runner re-claimed it
    expect(await completeJob({ jobId: job.id, attempt: job.attempts })).toBe(false);
    expect(await failJob({ jobId: job.id, attempt: job.attempts, error: "late" })).toBeNull();
    expect((await db().scheduledJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("RUNNING");
  });
});
