import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it, type Mock } from "vitest";
import { db } from "../../server/db";
import { sweepDueJobs } from "./sweep-due-jobs";

let businessId: string;

beforeAll(async () => {
  businessId = (await db().business.create({ data: { name: "Sweep", slug: `sweep-${randomUUID()}` }, select: { id: true } })).id;
});
afterAll(async () => {
  await db().business.delete({ where: { id: businessId } });
});

const job = (status: "PENDING" | "RUNNING" | "DONE", runAt: Date) =>
  db().scheduledJob.create({ data: { businessId, kind: "WORKFLOW_SEND", subjectId: randomUUID(), status, runAt }, select: { id: true, runAt: true } });

// A cron run receives this event; the engine is new per test because it memoizes step mocks.
const timer = [{ name: "inngest/scheduled.timer", data: { cron: "* * * * *" } }] as const;
const engine = () => new InngestTestEngine({ function: sweepDueJobs, events: [...timer] });

describe("sweep-due-jobs", () => {
  it("fans out one linx/job.due event for each due job, and none for the others", async () => {
    const due = [await job("PENDING", new Date(Date.now() - 60_000)), await job("RUNNING", new Date(Date.now() - 1000))];
    const notDue = [await job("PENDING", new Date(Date.now() + 60_000)), await job("DONE", new Date(Date.now() - 60_000))];

    const { result, ctx } = await engine().execute({ steps: [{ id: "fan-out-due-jobs", handler: () => ({ ids: [] }) }] });

    expect(ctx.step.sendEvent).toHaveBeenCalledTimes(1);
    type SentEvent = { name: string; id: string; data: { jobId: string } };
    const [stepId, events] = (ctx.step.sendEvent as unknown as Mock<(id: string, events: SentEvent[]) => unknown>).mock.calls[0]!;
    expect(stepId).toBe("fan-out-due-jobs");
    expect(events.every((event) => event.name === "linx/job.due")).toBe(true);
    const sent = events.map((event) => event.data.jobId);
    // The database is shared with other test files, so only this file's jobs are asserted on.
    for (const { id } of due) expect(sent.filter((jobId) => jobId === id)).toHaveLength(1);
    for (const { id } of notDue) expect(sent).not.toContain(id);
    expect(events.find((event) => event.data.jobId === due[0]!.id)?.id).toBe(`job-${due[0]!.id}-${due[0]!.runAt.getTime()}`);
    expect(result).toEqual({ fannedOut: events.length });
  });

  it("sends nothing when no job is due", async () => {
    const { result, ctx } = await engine().execute({
      steps: [{ id: "find-due-jobs", handler: () => [] }],
    });
    expect(result).toEqual({ fannedOut: 0 });
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
  });
});
