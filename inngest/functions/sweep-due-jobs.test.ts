import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it, type Mock } from "vitest";
import type { JobKind, JobStatus } from "@/server/generated/prisma/enums";
import { db } from "@/server/db";
import { LANE_OF_KIND } from "@/server/jobs/job-lanes";
import { laneJobEvent } from "@/server/jobs/inngest/events";
import { sweepDueJobs } from "./sweep-due-jobs";
import { createTestBusiness } from "@/server/testing/factories";

let businessId: string;

beforeAll(async () => {
  ({ id: businessId } = await createTestBusiness({ name: "Sweep", documents: false, apiKey: false }));
});
afterAll(async () => {
  await db().business.delete({ where: { id: businessId } });
});

const job = (kind: JobKind, status: JobStatus, runAt: Date, concurrencyKey: string | null = null) =>
  db().scheduledJob.create({
    data: { businessId, kind, lane: LANE_OF_KIND[kind], subjectId: randomUUID(), status, runAt, concurrencyKey },
    select: { id: true, runAt: true },
  });
// Well in the past, so that other files' due jobs (the table is shared) come after these in each
// lane's oldest-first batch.
const longAgo = (minutes: number) => new Date(Date.now() - 10 * 365 * 24 * 3_600_000 - minutes * 60_000);

// A cron run receives this event; the engine is new per test because it memoizes step mocks.
const timer = [{ name: "inngest/scheduled.timer", data: { cron: "* * * * *" } }] as const;
const engine = () => new InngestTestEngine({ function: sweepDueJobs, events: [...timer] });

type SentEvent = { name: string; id: string; data: { jobId: string; concurrencyKey: string | null } };

describe("sweep-due-jobs", () => {
  it("sends one lane event per due job, and none for jobs not due or finished", async () => {
    const due = {
      message: await job("WORKFLOW_SEND", "PENDING", longAgo(5)),
      expiredLease: await job("WORKFLOW_REMIND", "RUNNING", longAgo(4)),
      expiry: await job("WORKFLOW_EXPIRE", "PENDING", longAgo(3)),
      payment: await job("TRANSACTION_ADVANCE", "PENDING", longAgo(2)),
      webhook: await job("WEBHOOK_DELIVER", "PENDING", longAgo(1), "endpoint-1"),
    };
    const notDue = [
      await job("WORKFLOW_SEND", "PENDING", new Date(Date.now() + 60_000)),
      await job("WEBHOOK_DELIVER", "RUNNING", new Date(Date.now() + 60_000), "endpoint-1"),
      await job("WORKFLOW_SEND", "DONE", longAgo(10)),
      await job("WORKFLOW_SEND", "FAILED", longAgo(10)),
      await job("TRANSACTION_ADVANCE", "CANCELLED", longAgo(10)),
    ];

    const { result, ctx } = await engine().execute({
      steps: [{ id: "fan-out-due-jobs", handler: () => ({ ids: [] }) }],
    });

    expect(ctx.step.sendEvent).toHaveBeenCalledTimes(1);
    const [stepId, events] = (ctx.step.sendEvent as unknown as Mock<(id: string, events: SentEvent[]) => unknown>).mock
      .calls[0]!;
    expect(stepId).toBe("fan-out-due-jobs");
    expect(result).toEqual({ fannedOut: events.length });
    // The database is shared with other test files, so only this file's jobs are asserted on.
    const sentFor = (id: string) => events.filter((event) => event.data.jobId === id);
    const expected = [
      [due.message, "linx/messages.job-due", null],
      [due.expiredLease, "linx/messages.job-due", null],
      [due.expiry, "linx/expiry.job-due", null],
      [due.payment, "linx/payments.job-due", null],
      [due.webhook, "linx/webhooks.job-due", "endpoint-1"],
    ] as const;
    for (const [row, name, concurrencyKey] of expected) {
      expect(sentFor(row.id)).toEqual([
        expect.objectContaining({
          name,
          id: `job-${row.id}-${row.runAt.getTime()}`,
          data: { jobId: row.id, concurrencyKey },
        }),
      ]);
    }
    for (const { id } of notDue) expect(sentFor(id)).toEqual([]);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  });

  it("sends nothing when no job is due", async () => {
    const { result, ctx } = await engine().execute({ steps: [{ id: "find-due-jobs", handler: () => [] }] });
    expect(result).toEqual({ fannedOut: 0 });
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
  });
});

describe("laneJobEvent", () => {
  it("names the lane's event and keys its id by job and due time, so a retry is a new event", () => {
    const runAt = new Date("2026-01-02T03:04:05.678Z");
    expect(laneJobEvent({ id: "j1", runAt, lane: "PAYMENTS", concurrencyKey: null })).toMatchObject({
      name: "linx/payments.job-due",
      id: `job-j1-${runAt.getTime()}`,
      data: { jobId: "j1", concurrencyKey: null },
    });
    expect(laneJobEvent({ id: "j1", runAt: runAt.toISOString(), lane: "EXPIRY", concurrencyKey: "k" }).id).toBe(
      `job-j1-${runAt.getTime()}`,
    );
    expect(
      laneJobEvent({ id: "j1", runAt: new Date(runAt.getTime() + 15_000), lane: "EXPIRY", concurrencyKey: null }).id,
    ).not.toBe(`job-j1-${runAt.getTime()}`);
  });
});
