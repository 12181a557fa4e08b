import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { captureLogsForTests } from "@/server/observability/logger";
import { inngest } from "@/server/jobs/inngest/client";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { dispatchJobs } from "./dispatch-jobs";
import type { QueuedJob } from "./enqueue-jobs";
import { onJobsCommitted } from "./job-wake";
import { createTestBusiness } from "@/server/testing/factories";

let businessId: string;
const saved = { ...process.env };
const unsubscribes: Array<() => void> = [];

beforeEach(async () => {
  delete process.env.INNGEST_SIGNING_KEY;
  delete process.env.INNGEST_DEV;
  resetEnvForTests();
  ({ id: businessId } = await createTestBusiness({ name: "Dispatch", documents: false, apiKey: false }));
});
afterEach(async () => {
  while (unsubscribes.length > 0) unsubscribes.pop()!();
  process.env = { ...saved };
  resetEnvForTests();
  vi.restoreAllMocks();
  await db().business.delete({ where: { id: businessId } });
});

const inngestMode = () => {
  process.env.INNGEST_SIGNING_KEY = "signkey-test-0123456789";
  delete process.env.INNGEST_EVENT_KEY;
  resetEnvForTests();
};
const statusOf = async (id: string) =>
  (await db().scheduledJob.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

type SentEvent = { name: string; id: string; data: { jobId: string; concurrencyKey: string | null } };

describe("dispatchJobs in Inngest mode", () => {
  it("never fails the unit of work when Inngest cannot be reached, and says the sweep will pick the jobs up", async () => {
    inngestMode();
    const logs = captureLogsForTests({ level: "warn" });
    const [job] = await inUnitOfWork((uow) =>
      uow.enqueue({ businessId, kind: "TRANSACTION_ADVANCE", subjectId: randomUUID() }),
    );
    logs.restore();
    expect(logs.entries()).toContainEqual(
      expect.objectContaining({ level: "warn", count: 1, msg: expect.stringContaining("the sweep will pick them up") }),
    );
    expect(await statusOf(job!.id)).toBe("PENDING");
  });

  it("swallows a rejected send", async () => {
    inngestMode();
    const logs = captureLogsForTests({ level: "warn" });
    const send = vi.spyOn(inngest, "send").mockRejectedValue(new Error("connection refused"));
    const job: QueuedJob = { id: "job-1", runAt: new Date(Date.now() - 1000), lane: "MESSAGES", concurrencyKey: null };
    await expect(dispatchJobs([job])).resolves.toBeUndefined();
    expect(send).toHaveBeenCalledTimes(1);
    logs.restore();
    expect(logs.entries()).toContainEqual(
      expect.objectContaining({
        msg: expect.stringContaining("the sweep will pick them up"),
        err: expect.stringMatching(/^Error: connection refused/),
      }),
    );
  });

  it("sends one lane event per due job after commit, and none for a job due later", async () => {
    inngestMode();
    const send = vi.spyOn(inngest, "send").mockResolvedValue({ ids: [] });
    const later = new Date(Date.now() + 60_000);
    const queued = await inUnitOfWork((uow) =>
      uow.enqueue(
        { businessId, kind: "WORKFLOW_SEND", subjectId: randomUUID() },
        { businessId, kind: "WEBHOOK_DELIVER", subjectId: randomUUID(), concurrencyKey: "endpoint-1" },
        { businessId, kind: "WORKFLOW_EXPIRE", subjectId: randomUUID(), runAt: later },
      ),
    );
    expect(send).toHaveBeenCalledTimes(1);
    const events = send.mock.calls[0]![0] as unknown as SentEvent[];
    expect(events).toEqual([
      expect.objectContaining({
        name: "linx/messages.job-due",
        id: `job-${queued[0]!.id}-${queued[0]!.runAt.getTime()}`,
        data: { jobId: queued[0]!.id, concurrencyKey: null },
      }),
      expect.objectContaining({
        name: "linx/webhooks.job-due",
        id: `job-${queued[1]!.id}-${queued[1]!.runAt.getTime()}`,
        data: { jobId: queued[1]!.id, concurrencyKey: "endpoint-1" },
      }),
    ]);

    await dispatchJobs([queued[2]!]);
    await dispatchJobs([]);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe("dispatchJobs in in-process mode", () => {
  it("announces the committed jobs to the listeners, and never calls Inngest", async () => {
    const send = vi.spyOn(inngest, "send");
    const heard: QueuedJob[][] = [];
    unsubscribes.push(onJobsCommitted((jobs) => void heard.push(jobs)));
    const runAt = new Date(Date.now() + 60_000);
    const queued = await inUnitOfWork((uow) =>
      uow.enqueue(
        { businessId, kind: "WORKFLOW_SEND", subjectId: randomUUID() },
        { businessId, kind: "WEBHOOK_DELIVER", subjectId: randomUUID(), concurrencyKey: "endpoint-1", runAt },
      ),
    );
    const mine = heard.filter((jobs) => jobs.some((job) => queued.some((q) => q.id === job.id)));
    expect(mine).toEqual([
      [
        { id: queued[0]!.id, runAt: queued[0]!.runAt, lane: "MESSAGES", concurrencyKey: null },
        { id: queued[1]!.id, runAt, lane: "WEBHOOKS", concurrencyKey: "endpoint-1" },
      ],
    ]);
    expect(send).not.toHaveBeenCalled();

    // An unsubscribed listener hears nothing more.
    unsubscribes.pop()!();
    await inUnitOfWork((uow) => uow.enqueue({ businessId, kind: "WORKFLOW_SEND", subjectId: randomUUID() }));
    expect(heard).toHaveLength(mine.length);
  });

  it("announces nothing for a unit of work that rolled back, nor for one that enqueued nothing", async () => {
    const heard: QueuedJob[][] = [];
    unsubscribes.push(onJobsCommitted((jobs) => void heard.push(jobs)));
    let enqueued: QueuedJob[] = [];
    await expect(
      inUnitOfWork(async (uow) => {
        enqueued = await uow.enqueue({ businessId, kind: "WORKFLOW_SEND", subjectId: randomUUID() });
        throw new Error("validation failed");
      }),
    ).rejects.toThrow("validation failed");
    expect(enqueued).toHaveLength(1);
    expect(await db().scheduledJob.findUnique({ where: { id: enqueued[0]!.id } })).toBeNull();
    await inUnitOfWork(async (uow) => uow.enqueue());
    expect(heard).toEqual([]);
  });
});
