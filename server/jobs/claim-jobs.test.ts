import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/server/generated/prisma/client";
import type { JobKind } from "@/server/generated/prisma/enums";
import { db } from "@/server/db";
import { sql } from "@/server/db/sql";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { claimDueJobs, claimDueJobsStatement, claimJob, findDueJobs } from "./claim-jobs";
import { LANE_LIMITS, LANES } from "./job-lanes";
import { createTestBusiness } from "@/server/testing/factories";

// Past every lane's lease.
const AFTER_ANY_LEASE_MS = Math.max(...LANES.map((lane) => LANE_LIMITS[lane].leaseMs)) + 1000;

// Every test gets a business of its own: the database is shared with the other test files and
// with the other tests of this file, and every claim here is filtered by businessId.
let businessId: string;

beforeEach(async () => {
  ({ id: businessId } = await createTestBusiness({ name: "Claims", documents: false, apiKey: false }));
});
afterEach(async () => {
  await db().business.delete({ where: { id: businessId } });
});

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

type Options = { runAt?: Date; concurrencyKey?: string; payload?: Prisma.InputJsonValue; subjectId?: string };
const enqueue = async (kind: JobKind, options: Options = {}) =>
  (
    await inUnitOfWork((uow) =>
      uow.enqueue({ businessId, kind, subjectId: options.subjectId ?? randomUUID(), ...options }),
    )
  )[0]!;
const row = (id: string) => db().scheduledJob.findUniqueOrThrow({ where: { id } });

describe("claimDueJobs", () => {
  it("claims only its lane's due jobs, oldest first, at most `limit`, and marks them RUNNING with a lease", async () => {
    const oldest = await enqueue("WORKFLOW_SEND", {
      runAt: minutesAgo(30),
      payload: { note: "ids only" },
      subjectId: "wf-1",
    });
    const middle = await enqueue("WORKFLOW_REMIND", { runAt: minutesAgo(20) });
    const newest = await enqueue("TRANSACTION_NOTIFY", { runAt: minutesAgo(10) });
    const future = await enqueue("WORKFLOW_SEND", { runAt: new Date(Date.now() + 60_000) });
    const done = await enqueue("WORKFLOW_SEND", { runAt: minutesAgo(40) });
    await db().scheduledJob.update({ where: { id: done.id }, data: { status: "DONE" } });
    const failed = await enqueue("WORKFLOW_SEND", { runAt: minutesAgo(40) });
    await db().scheduledJob.update({ where: { id: failed.id }, data: { status: "FAILED" } });
    const otherLanes = [
      await enqueue("WEBHOOK_DELIVER", { runAt: minutesAgo(50), concurrencyKey: "endpoint" }),
      await enqueue("WORKFLOW_EXPIRE", { runAt: minutesAgo(50) }),
      await enqueue("TRANSACTION_ADVANCE", { runAt: minutesAgo(50) }),
    ];
    expect(oldest.lane).toBe("MESSAGES");

    const before = Date.now();
    const first = await claimDueJobs({ lane: "MESSAGES", limit: 2, businessId });
    expect(first.map((job) => job.id)).toEqual([oldest.id, middle.id]);
    expect(first[0]).toEqual({
      id: oldest.id,
      businessId,
      kind: "WORKFLOW_SEND",
      lane: "MESSAGES",
      subjectId: "wf-1",
      concurrencyKey: null,
      payload: { note: "ids only" },
      attempts: 1,
    });
    const held = await row(oldest.id);
    expect(held).toMatchObject({ status: "RUNNING", attempts: 1 });
    expect(held.runAt.getTime()).toBeGreaterThanOrEqual(before + LANE_LIMITS.MESSAGES.leaseMs - 1000);
    expect(held.runAt.getTime()).toBeLessThanOrEqual(Date.now() + LANE_LIMITS.MESSAGES.leaseMs + 1000); // the lane's own lease

    expect((await claimDueJobs({ lane: "MESSAGES", limit: 10, businessId })).map((job) => job.id)).toEqual([newest.id]);
    expect(await claimDueJobs({ lane: "MESSAGES", limit: 10, businessId })).toEqual([]);

    for (const job of [future, ...otherLanes]) expect((await row(job.id)).status).toBe("PENDING");
    expect((await row(done.id)).status).toBe("DONE");
    expect((await row(failed.id)).status).toBe("FAILED");

    const webhooks = await claimDueJobs({ lane: "WEBHOOKS", limit: 10, businessId });
    expect(webhooks).toEqual([
      expect.objectContaining({ id: otherLanes[0]!.id, lane: "WEBHOOKS", concurrencyKey: "endpoint" }),
    ]);
  });

  it("takes back a RUNNING job whose lease has ended, counting a new attempt", async () => {
    const job = await enqueue("WORKFLOW_SEND", { runAt: minutesAgo(5) });
    expect(await claimDueJobs({ lane: "MESSAGES", limit: 5, businessId })).toHaveLength(1);
    expect(await claimDueJobs({ lane: "MESSAGES", limit: 5, businessId })).toHaveLength(0);
    const afterLease = new Date(Date.now() + AFTER_ANY_LEASE_MS);
    const again = await claimDueJobs({ lane: "MESSAGES", limit: 5, businessId, now: afterLease });
    expect(again).toEqual([expect.objectContaining({ id: job.id, attempts: 2 })]);
  });

  it("never returns more than the room left per concurrency key, oldest first within a key", async () => {
    const a = [];
    for (let i = 0; i < 6; i++)
      a.push(await enqueue("WEBHOOK_DELIVER", { runAt: minutesAgo(60 - i), concurrencyKey: "endpoint-a" }));
    const b = [];
    for (let i = 0; i < 3; i++)
      b.push(await enqueue("WEBHOOK_DELIVER", { runAt: minutesAgo(30 - i), concurrencyKey: "endpoint-b" }));
    const unkeyed = [];
    for (let i = 0; i < 3; i++) unkeyed.push(await enqueue("WEBHOOK_DELIVER", { runAt: minutesAgo(20 - i) }));

    const byKey = (jobs: Array<{ concurrencyKey: string | null }>) => {
      const counts: Record<string, number> = {};
      for (const job of jobs) counts[job.concurrencyKey ?? "none"] = (counts[job.concurrencyKey ?? "none"] ?? 0) + 1;
      return counts;
    };

    // Nothing running yet: every key has `perKey`; jobs without a key are not capped.
    const first = await claimDueJobs({ lane: "WEBHOOKS", limit: 100, perKey: 2, businessId });
    expect(byKey(first)).toEqual({ "endpoint-a": 2, "endpoint-b": 2, none: 3 });
    expect(first.filter((job) => job.concurrencyKey === "endpoint-a").map((job) => job.id)).toEqual([
      a[0]!.id,
      a[1]!.id,
    ]);
    expect(first.map((job) => job.id)).toEqual([
      a[0]!.id,
      a[1]!.id,
      b[0]!.id,
      b[1]!.id,
      ...unkeyed.map((job) => job.id),
    ]);

    // endpoint-a is full, endpoint-b has one slot left.
    const second = await claimDueJobs({
      lane: "WEBHOOKS",
      limit: 100,
      perKey: 2,
      keyRoom: new Map([
        ["endpoint-a", 0],
        ["endpoint-b", 1],
      ]),
      businessId,
    });
    expect(second.map((job) => job.id)).toEqual([b[2]!.id]);

    // endpoint-a has one slot; a key that is not listed would have perKey (endpoint-b has nothing left).
    const third = await claimDueJobs({
      lane: "WEBHOOKS",
      limit: 100,
      perKey: 2,
      keyRoom: new Map([["endpoint-a", 1]]),
      businessId,
    });
    expect(third.map((job) => job.id)).toEqual([a[2]!.id]);

    // A negative room (more running than the cap, say after the cap was lowered) is full too.
    expect(
      await claimDueJobs({
        lane: "WEBHOOKS",
        limit: 100,
        perKey: 2,
        keyRoom: new Map([["endpoint-a", -1]]),
        businessId,
      }),
    ).toEqual([]);
  });

  it("respects `limit` with a per-key cap too", async () => {
    for (let i = 0; i < 5; i++)
      await enqueue("WEBHOOK_DELIVER", { runAt: minutesAgo(10 - i), concurrencyKey: `endpoint-${i}` });
    const claimed = await claimDueJobs({ lane: "WEBHOOKS", limit: 3, perKey: 8, businessId });
    expect(claimed).toHaveLength(3);
    expect(claimed.map((job) => job.concurrencyKey)).toEqual(["endpoint-0", "endpoint-1", "endpoint-2"]);
  });

  it("lets concurrent batch claims share the jobs without taking any twice", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 30; i++) ids.add((await enqueue("WORKFLOW_SEND", { runAt: minutesAgo(1) })).id);
    const batches = await Promise.all(
      Array.from({ length: 6 }, () => claimDueJobs({ lane: "MESSAGES", limit: 10, businessId })),
    );
    const claimed = batches.flat().map((job) => job.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    for (const id of claimed) expect(ids.has(id)).toBe(true);
    // SKIP LOCKED may leave some for the next claim, but together the claims take them all.
    const rest = await claimDueJobs({ lane: "MESSAGES", limit: 100, businessId });
    expect(new Set([...claimed, ...rest.map((job) => job.id)])).toEqual(ids);
    expect(claimed.length + rest.length).toBe(30);
  });
});

describe("claimJob", () => {
  it("claims a due job by id once, with a lease", async () => {
    const { id } = await enqueue("WEBHOOK_DELIVER", {
      subjectId: "delivery-1",
      payload: { note: "ids only" },
      concurrencyKey: "endpoint",
    });
    const before = Date.now();
    expect(await claimJob({ jobId: id })).toEqual({
      id,
      businessId,
      kind: "WEBHOOK_DELIVER",
      lane: "WEBHOOKS",
      subjectId: "delivery-1",
      concurrencyKey: "endpoint",
      payload: { note: "ids only" },
      attempts: 1,
    });
    const held = await row(id);
    expect(held.status).toBe("RUNNING");
    expect(held.runAt.getTime()).toBeGreaterThanOrEqual(before + LANE_LIMITS.WEBHOOKS.leaseMs - 1000);
    expect(held.runAt.getTime()).toBeLessThanOrEqual(Date.now() + LANE_LIMITS.WEBHOOKS.leaseMs + 1000); // the lane's own lease
    expect(await claimJob({ jobId: id })).toBeNull();
  });

  it("lets exactly one of many concurrent claims win", async () => {
    const { id } = await enqueue("WORKFLOW_SEND");
    const claims = await Promise.all(Array.from({ length: 8 }, () => claimJob({ jobId: id })));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect((await row(id)).attempts).toBe(1);
  });

  it("does not claim a job before it is due, a finished one, or an unknown id; takes one back after its lease", async () => {
    const later = await enqueue("WORKFLOW_SEND", { runAt: new Date(Date.now() + 60_000) });
    expect(await claimJob({ jobId: later.id })).toBeNull();
    for (const status of ["DONE", "FAILED", "CANCELLED"] as const) {
      const finished = await enqueue("WORKFLOW_SEND");
      await db().scheduledJob.update({ where: { id: finished.id }, data: { status } });
      expect(await claimJob({ jobId: finished.id })).toBeNull();
    }
    expect(await claimJob({ jobId: "no-such-job" })).toBeNull();

    const held = await enqueue("WORKFLOW_SEND");
    expect(await claimJob({ jobId: held.id })).not.toBeNull();
    expect((await claimJob({ jobId: held.id, now: new Date(Date.now() + AFTER_ANY_LEASE_MS) }))?.attempts).toBe(2);
  });
});

describe("findDueJobs", () => {
  it("lists a lane's pending and lease-expired jobs, oldest first, bounded, without claiming them", async () => {
    // Far in the past, so that other files' due jobs (the table is shared) sort after these.
    const yearsAgo = (years: number, minutes = 0) =>
      new Date(Date.now() - years * 365 * 24 * 3_600_000 - minutes * 60_000);
    const oldest = await enqueue("WORKFLOW_SEND", { runAt: yearsAgo(20, 30) });
    const expiredLease = await enqueue("WORKFLOW_SEND", { runAt: yearsAgo(20, 20) });
    await db().scheduledJob.update({ where: { id: expiredLease.id }, data: { status: "RUNNING", attempts: 1 } });
    const newest = await enqueue("WORKFLOW_SEND", { runAt: yearsAgo(20, 10) });
    const done = await enqueue("WORKFLOW_SEND", { runAt: yearsAgo(21) });
    await db().scheduledJob.update({ where: { id: done.id }, data: { status: "DONE" } });
    const otherLane = await enqueue("WORKFLOW_EXPIRE", { runAt: yearsAgo(21) });
    const held = await enqueue("WORKFLOW_SEND");
    await claimJob({ jobId: held.id });

    const due = await findDueJobs({ lane: "MESSAGES", limit: 2 });
    expect(due.map((job) => job.id)).toEqual([oldest.id, expiredLease.id]);
    expect(due[0]).toEqual({ id: oldest.id, runAt: oldest.runAt, lane: "MESSAGES", concurrencyKey: null });

    const mine = new Set([oldest.id, expiredLease.id, newest.id, done.id, otherLane.id, held.id]);
    const all = (await findDueJobs({ lane: "MESSAGES", limit: 500 }))
      .filter((job) => mine.has(job.id))
      .map((job) => job.id);
    expect(all).toEqual([oldest.id, expiredLease.id, newest.id]);
    expect((await row(oldest.id)).status).toBe("PENDING");
  });
});

describe("claimDueJobsStatement", () => {
  // Prisma's own findMany sends the statuses as cast parameters; PostgreSQL then cannot match the
  // partial index and scans the table. The literal statuses in the statement avoid that.
  it("reads the partial index ScheduledJob_due_idx, not the whole table, when most rows are finished", {
    timeout: 120_000,
  }, async () => {
    const other = await createTestBusiness({ name: "Many done", documents: false, apiKey: false });
    try {
      await db().$executeRaw`
        INSERT INTO "ScheduledJob" ("id", "businessId", "kind", "lane", "subjectId", "status", "runAt", "attempts")
        SELECT 'done-' || ${other.id} || '-' || g, ${other.id}, 'WEBHOOK_DELIVER', 'WEBHOOKS', 'subject-' || g, 'DONE', now() - interval '1 day', 1
        FROM generate_series(1, 20000) AS g`;
      for (let i = 0; i < 5; i++)
        await enqueue("WEBHOOK_DELIVER", { runAt: minutesAgo(5), concurrencyKey: `endpoint-${i % 2}` });

      const explain = async (statement: Prisma.Sql) =>
        (await sql<{ "QUERY PLAN": string }>(Prisma.sql`EXPLAIN ${statement}`))
          .map((line) => line["QUERY PLAN"])
          .join("\n");
      const plans = [
        await explain(claimDueJobsStatement({ lane: "WEBHOOKS", limit: 128 })),
        await explain(
          claimDueJobsStatement({
            lane: "WEBHOOKS",
            limit: 128,
            perKey: 8,
            keyRoom: new Map([
              ["endpoint-0", 0],
              ["endpoint-1", 3],
            ]),
          }),
        ),
        await explain(claimDueJobsStatement({ lane: "MESSAGES", limit: 16 })),
      ];
      for (const plan of plans) {
        expect(plan).toContain("ScheduledJob_due_idx");
        expect(plan).not.toMatch(/Seq Scan/);
      }
    } finally {
      await db().business.delete({ where: { id: other.id } });
    }
  });
});
