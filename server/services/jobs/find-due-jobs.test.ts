import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../generated/prisma/client";
import { db } from "../../db";
import { dueJobsQuery, findDueJobs } from "./find-due-jobs";

let businessId: string;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

beforeAll(async () => {
  const business = await db().business.create({ data: { name: "Due jobs", slug: `due-jobs-${randomUUID()}` }, select: { id: true } });
  businessId = business.id;
});
afterAll(async () => {
  await db().business.delete({ where: { id: businessId } });
});

const job = (status: "PENDING" | "RUNNING" | "DONE" | "FAILED" | "CANCELLED", runAt: Date) =>
  db().scheduledJob.create({ data: { businessId, kind: "WORKFLOW_SEND", subjectId: randomUUID(), status, runAt }, select: { id: true } });

describe("findDueJobs", () => {
  it("returns pending and lease-expired running jobs that are due, oldest first, bounded", async () => {
    const oldest = await job("PENDING", minutesAgo(30));
    const expiredLease = await job("RUNNING", minutesAgo(20));
    const newest = await job("PENDING", minutesAgo(10));
    await job("PENDING", new Date(Date.now() + 60_000)); // not due yet
    await job("RUNNING", new Date(Date.now() + 60_000)); // lease still held
    await job("DONE", minutesAgo(40));
    await job("FAILED", minutesAgo(40));
    await job("CANCELLED", minutesAgo(40));

    const due = await findDueJobs({ limit: 10, businessId });
    expect(due.map((d) => d.id)).toEqual([oldest.id, expiredLease.id, newest.id]);
    expect(due[0]!.runAt).toBeInstanceOf(Date);
    expect(Math.abs(due[0]!.runAt.getTime() - minutesAgo(30).getTime())).toBeLessThan(5_000);

    expect((await findDueJobs({ limit: 2, businessId })).map((d) => d.id)).toEqual([oldest.id, expiredLease.id]);
  });

  // Prisma's own findMany sends the statuses as cast parameters; PostgreSQL then cannot match the
  // partial index and scans the table (seen while writing this). The literal statuses avoid that.
  it("reads the partial index, not the whole table, when most rows are finished", { timeout: 120_000 }, async () => {
    const other = await db().business.create({ data: { name: "Many done", slug: `many-done-${randomUUID()}` }, select: { id: true } });
    try {
      await db().$executeRaw`
        INSERT INTO "ScheduledJob" ("id", "businessId", "kind", "subjectId", "status", "runAt", "attempts")
        SELECT 'done-' || ${other.id} || '-' || g, ${other.id}, 'WORKFLOW_SEND', 'subject-' || g, 'DONE', now() - interval '1 day', 1
        FROM generate_series(1, 20000) AS g`;
      for (let i = 0; i < 5; i++) await job("PENDING", minutesAgo(5));

      const plan = await db().$queryRaw<Array<{ "QUERY PLAN": string }>>(Prisma.sql`EXPLAIN ${dueJobsQuery({ limit: 200 })}`);
      const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
      expect(text).toContain("ScheduledJob_due_idx");
      expect(text).not.toMatch(/Seq Scan/);
    } finally {
      await db().business.delete({ where: { id: other.id } });
    }
  });
});
