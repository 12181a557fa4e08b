import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { overrideJobHandler } from "../../server/jobs/job-handlers";
import { enqueueJob } from "../../server/services/jobs/enqueue-job";
import { runJobFunction } from "./run-job";

let businessId: string;

beforeAll(async () => {
  businessId = (await db().business.create({ data: { name: "Run job fn", slug: `run-job-fn-${randomUUID()}` }, select: { id: true } })).id;
});
afterAll(async () => {
  await db().business.delete({ where: { id: businessId } });
});

// One engine per delivery: @inngest/test memoizes step results per engine.
const deliver = (jobId: string) =>
  new InngestTestEngine({ function: runJobFunction }).execute({ events: [{ name: "linx/job.due", data: { jobId } }] });

describe("run-job", () => {
  it("runs the job once even when its event is delivered twice", async () => {
    let calls = 0;
    const restore = overrideJobHandler("WORKFLOW_SEND", async (job) => {
      if (job.businessId === businessId) calls += 1;
    });
    try {
      const { id } = await db().$transaction((tx) => enqueueJob(tx, { businessId, kind: "WORKFLOW_SEND", subjectId: "wf" }));
      const [first, second] = [await deliver(id), await deliver(id)];
      expect(first.result).toEqual({ outcome: "done", kind: "WORKFLOW_SEND", attempt: 1 });
      expect(second.result).toEqual({ outcome: "skipped" });
      expect(calls).toBe(1);
      expect(first.ctx.step.run).toHaveBeenCalledWith("run-job", expect.any(Function));
      expect((await db().scheduledJob.findUniqueOrThrow({ where: { id } })).status).toBe("DONE");
    } finally {
      restore();
    }
  });

  it("ends quietly for an unknown job", async () => {
    expect((await deliver("no-such-job")).result).toEqual({ outcome: "skipped" });
  });
});
