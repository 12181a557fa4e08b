import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JobKind } from "@/server/generated/prisma/enums";
import { db } from "@/server/db";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { claimJob } from "./claim-jobs";
import { LANE_LIMITS, LANES } from "./job-lanes";
import { JOB_MAX_ATTEMPTS, retryDelayMs } from "./job-policy";

// The longest lease of any lane: a time past it is past every claim's lease.
const JOB_LEASE_MS = Math.max(...LANES.map((lane) => LANE_LIMITS[lane].leaseMs));
import { createOutcomeWriter, settleJobs } from "./settle-jobs";
import { createTestBusiness } from "@/server/testing/factories";

let businessId: string;

beforeEach(async () => {
  ({ id: businessId } = await createTestBusiness({ name: "Settle", documents: false, apiKey: false }));
});
afterEach(async () => {
  await db().business.delete({ where: { id: businessId } });
});

const row = (id: string) => db().scheduledJob.findUniqueOrThrow({ where: { id } });

/** A job claimed once after `previousAttempts` earlier attempts. */
const claimedJob = async (previousAttempts = 0, kind: JobKind = "TRANSACTION_ADVANCE") => {
  const [queued] = await inUnitOfWork((uow) => uow.enqueue({ businessId, kind, subjectId: randomUUID() }));
  if (previousAttempts > 0)
    await db().scheduledJob.update({ where: { id: queued!.id }, data: { attempts: previousAttempts } });
  const job = await claimJob({ jobId: queued!.id });
  if (!job) throw new Error("claim failed");
  return job;
};

describe("retryDelayMs", () => {
  it("doubles from 15 s, caps at an hour, and adds at most 20% jitter", () => {
    expect(retryDelayMs(1, () => 0)).toBe(15_000);
    expect(retryDelayMs(2, () => 0)).toBe(30_000);
    expect(retryDelayMs(3, () => 0)).toBe(60_000);
    expect(retryDelayMs(30, () => 0)).toBe(3_600_000);
    expect(retryDelayMs(1, () => 1)).toBe(18_000);
  });
});

describe("settleJobs", () => {
  it("marks a succeeded job DONE", async () => {
    const job = await claimedJob();
    const statuses = await settleJobs([{ jobId: job.id, attempt: job.attempts, ok: true }]);
    expect(statuses).toEqual(new Map([[job.id, "DONE"]]));
    const settled = await row(job.id);
    expect(settled).toMatchObject({ status: "DONE", attempts: 1, lastError: null });
    expect(settled.completedAt).toBeInstanceOf(Date);
  });

  it("backs a failed job off, growing with the attempts, and records the error", async () => {
    const first = await claimedJob();
    const before = Date.now();
    expect(
      await settleJobs([{ jobId: first.id, attempt: first.attempts, ok: false, error: "provider said no" }]),
    ).toEqual(new Map([[first.id, "PENDING"]]));
    const backedOff = await row(first.id);
    expect(backedOff).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastError: "provider said no",
      completedAt: null,
    });
    expect(backedOff.runAt.getTime()).toBeGreaterThanOrEqual(before + 15_000 - 1000);
    expect(backedOff.runAt.getTime()).toBeLessThanOrEqual(Date.now() + 18_000 + 1000);
    // Backed off: not claimable now, claimable once the delay has passed.
    expect(await claimJob({ jobId: first.id })).toBeNull();
    expect((await claimJob({ jobId: first.id, now: new Date(Date.now() + 20_000) }))?.attempts).toBe(2);

    const third = await claimedJob(2);
    expect(third.attempts).toBe(3);
    const beforeThird = Date.now();
    await settleJobs([{ jobId: third.id, attempt: third.attempts, ok: false, error: "still no" }]);
    const later = await row(third.id);
    expect(later.runAt.getTime()).toBeGreaterThanOrEqual(beforeThird + 60_000 - 1000);
    expect(later.runAt.getTime()).toBeLessThanOrEqual(Date.now() + 72_000 + 1000);
  });

  it("honours an explicit retry time", async () => {
    const job = await claimedJob();
    const retryAt = new Date(Date.now() + 5 * 60_000);
    expect(await settleJobs([{ jobId: job.id, attempt: job.attempts, ok: false, error: "429", retryAt }])).toEqual(
      new Map([[job.id, "PENDING"]]),
    );
    expect((await row(job.id)).runAt.getTime()).toBe(retryAt.getTime());
  });

  it("fails a job for good at JOB_MAX_ATTEMPTS, and not one attempt earlier", async () => {
    const last = await claimedJob(JOB_MAX_ATTEMPTS - 1);
    expect(last.attempts).toBe(JOB_MAX_ATTEMPTS);
    const retryAt = new Date(Date.now() + 60_000);
    expect(
      await settleJobs([{ jobId: last.id, attempt: last.attempts, ok: false, error: "still broken", retryAt }]),
    ).toEqual(new Map([[last.id, "FAILED"]]));
    const failed = await row(last.id);
    expect(failed).toMatchObject({ status: "FAILED", lastError: "still broken" });
    expect(failed.completedAt).toBeInstanceOf(Date);
    expect(await claimJob({ jobId: last.id, now: new Date(Date.now() + 10 * JOB_LEASE_MS) })).toBeNull();

    const penultimate = await claimedJob(JOB_MAX_ATTEMPTS - 2);
    expect(
      await settleJobs([{ jobId: penultimate.id, attempt: penultimate.attempts, ok: false, error: "broken" }]),
    ).toEqual(new Map([[penultimate.id, "PENDING"]]));
  });

  it("ignores a run that lost its claim to a newer one, and a job that is not running", async () => {
    const job = await claimedJob();
    // The first run outlived its lease; a second run claimed the job again.
    const newer = await claimJob({ jobId: job.id, now: new Date(Date.now() + JOB_LEASE_MS + 1000) });
    expect(newer?.attempts).toBe(2);
    const leaseOfNewer = (await row(job.id)).runAt;

    expect(await settleJobs([{ jobId: job.id, attempt: 1, ok: true }])).toEqual(new Map());
    expect(await settleJobs([{ jobId: job.id, attempt: 1, ok: false, error: "late" }])).toEqual(new Map());
    expect(await row(job.id)).toMatchObject({ status: "RUNNING", attempts: 2, lastError: null, runAt: leaseOfNewer });

    expect(await settleJobs([{ jobId: job.id, attempt: 2, ok: true }])).toEqual(new Map([[job.id, "DONE"]]));
    // Settled already: a second report of the same attempt changes nothing.
    expect(await settleJobs([{ jobId: job.id, attempt: 2, ok: false, error: "again" }])).toEqual(new Map());
    expect(await row(job.id)).toMatchObject({ status: "DONE", lastError: null });

    const [pending] = await inUnitOfWork((uow) =>
      uow.enqueue({ businessId, kind: "WORKFLOW_SEND", subjectId: randomUUID() }),
    );
    expect(await settleJobs([{ jobId: pending!.id, attempt: 0, ok: true }])).toEqual(new Map());
    expect((await row(pending!.id)).status).toBe("PENDING");
  });

  it("settles many jobs of different outcomes in one call, and truncates long errors", async () => {
    const done = await claimedJob();
    const retry = await claimedJob();
    const failed = await claimedJob(JOB_MAX_ATTEMPTS - 1);
    const statuses = await settleJobs([
      { jobId: done.id, attempt: done.attempts, ok: true },
      { jobId: retry.id, attempt: retry.attempts, ok: false, error: "x".repeat(5000) },
      { jobId: failed.id, attempt: failed.attempts, ok: false, error: "gone" },
    ]);
    expect(statuses).toEqual(
      new Map([
        [done.id, "DONE"],
        [retry.id, "PENDING"],
        [failed.id, "FAILED"],
      ]),
    );
    expect((await row(retry.id)).lastError).toHaveLength(2000);
    expect(await settleJobs([])).toEqual(new Map());
  });
});

describe("createOutcomeWriter", () => {
  it("writes outcomes that arrive together and resolves each with its job's new status (null when the claim passed on)", async () => {
    const writer = createOutcomeWriter({ maxBatch: 2 });
    const jobs = [await claimedJob(), await claimedJob(), await claimedJob()];
    const stale = await claimedJob();
    await claimJob({ jobId: stale.id, now: new Date(Date.now() + JOB_LEASE_MS + 1000) });

    const settled = [
      writer.settle({ jobId: jobs[0]!.id, attempt: 1, ok: true }),
      writer.settle({ jobId: jobs[1]!.id, attempt: 1, ok: false, error: "boom" }),
      writer.settle({ jobId: jobs[2]!.id, attempt: 1, ok: true }),
      writer.settle({ jobId: stale.id, attempt: 1, ok: true }),
    ];
    expect(writer.pending()).toBe(4);
    expect(await Promise.all(settled)).toEqual(["DONE", "PENDING", "DONE", null]);
    expect(writer.pending()).toBe(0);
    expect((await row(jobs[2]!.id)).status).toBe("DONE");
    expect((await row(stale.id)).status).toBe("RUNNING");
  });
});
