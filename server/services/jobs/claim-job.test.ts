import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { JOB_LEASE_MS } from "../../jobs/job-policy";
import { claimJob } from "./claim-job";
import { enqueueJob } from "./enqueue-job";

let businessId: string;

beforeAll(async () => {
  businessId = (await db().business.create({ data: { name: "Claims", slug: `claims-${randomUUID()}` }, select: { id: true } })).id;
});
afterAll(async () => {
  await db().business.delete({ where: { id: businessId } });
});

const enqueue = (runAt?: Date) =>
  db().$transaction((tx) => enqueueJob(tx, { businessId, kind: "WEBHOOK_DELIVER", subjectId: "delivery-1", runAt, payload: { note: "ids only" } }));

describe("enqueueJob + claimJob", () => {
  it("records a pending job due now, and a claim takes it once with a lease", async () => {
    const before = Date.now();
    const { id } = await enqueue();
    const row = await db().scheduledJob.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 0, kind: "WEBHOOK_DELIVER", payload: { note: "ids only" } });

    const claimed = await claimJob({ jobId: id });
    expect(claimed).toEqual({ id, businessId, kind: "WEBHOOK_DELIVER", subjectId: "delivery-1", payload: { note: "ids only" }, attempts: 1 });
    const held = await db().scheduledJob.findUniqueOrThrow({ where: { id } });
    expect(held.status).toBe("RUNNING");
    expect(held.runAt.getTime()).toBeGreaterThanOrEqual(before + JOB_LEASE_MS - 1000);

    expect(await claimJob({ jobId: id })).toBeNull();
  });

  it("lets exactly one of many concurrent claims win", async () => {
    const { id } = await enqueue();
    const claims = await Promise.all(Array.from({ length: 8 }, () => claimJob({ jobId: id })));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect((await db().scheduledJob.findUniqueOrThrow({ where: { id } })).attempts).toBe(1);
  });

  it("does not claim a job before it is due, nor a finished one, nor an unknown id", async () => {
    const later = await enqueue(new Date(Date.now() + 60_000));
    expect(await claimJob({ jobId: later.id })).toBeNull();
    const done = await enqueue();
    await db().scheduledJob.update({ where: { id: done.id }, data: { status: "DONE" } });
    expect(await claimJob({ jobId: done.id })).toBeNull();
    expect(await claimJob({ jobId: "no-such-job" })).toBeNull();
  });

  it("makes a job whose runner died claimable again when the lease ends", async () => {
    const { id } = await enqueue();
    expect(await claimJob({ jobId: id })).not.toBeNull();
    // The runner died; time passes beyond the lease.
    const afterLease = new Date(Date.now() + JOB_LEASE_MS + 1000);
    const again = await claimJob({ jobId: id, now: afterLease });
    expect(again?.attempts).toBe(2);
  });
});
