import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import type { ClaimedJob } from "../../jobs/job-handler";
import { overrideJobHandler } from "../../jobs/job-handlers";
import { enqueueJob } from "./enqueue-job";
import { runJob } from "./run-job";

let businessId: string;

beforeAll(async () => {
  businessId = (await db().business.create({ data: { name: "Run jobs", slug: `run-jobs-${randomUUID()}` }, select: { id: true } })).id;
});
afterAll(async () => {
  await db().business.delete({ where: { id: businessId } });
});

const enqueue = (kind: "WORKFLOW_REMIND" | "WORKFLOW_EXPIRE" | "WEBHOOK_DELIVER") =>
  db().$transaction((tx) => enqueueJob(tx, { businessId, kind, subjectId: "wf-1" }));

describe("runJob", () => {
  it("claims, hands the fresh job to its handler once, and completes it", async () => {
    const seen: ClaimedJob[] = [];
    const restore = overrideJobHandler("WORKFLOW_REMIND", async (job) => {
      seen.push(job);
    });
    try {
      const { id } = await enqueue("WORKFLOW_REMIND");
      expect(await runJob({ jobId: id })).toEqual({ outcome: "done", kind: "WORKFLOW_REMIND", attempt: 1 });
      expect(await runJob({ jobId: id })).toEqual({ outcome: "skipped" });
      expect(seen).toEqual([expect.objectContaining({ id, subjectId: "wf-1", attempts: 1 })]);
      expect((await db().scheduledJob.findUniqueOrThrow({ where: { id } })).status).toBe("DONE");
    } finally {
      restore();
    }
  });

  it("records a handler's error and schedules a retry instead of throwing", async () => {
    const restore = overrideJobHandler("WORKFLOW_EXPIRE", async () => {
      throw new Error("provider unavailable");
    });
    try {
      const { id } = await enqueue("WORKFLOW_EXPIRE");
      const result = await runJob({ jobId: id });
      expect(result).toMatchObject({ outcome: "retry", error: "Error: provider unavailable" });
      const row = await db().scheduledJob.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "Error: provider unavailable" });
      expect(row.runAt.getTime()).toBeGreaterThan(Date.now());
    } finally {
      restore();
    }
  });

  it("fails a kind without a handler clearly, without throwing", async () => {
    const restore = overrideJobHandler("WEBHOOK_DELIVER", null);
    try {
      const { id } = await enqueue("WEBHOOK_DELIVER");
      const result = await runJob({ jobId: id });
      const error = "No handler is registered for job kind WEBHOOK_DELIVER";
      expect(result).toMatchObject({ outcome: "retry", error });
      expect((await db().scheduledJob.findUniqueOrThrow({ where: { id } })).lastError).toBe(error);
    } finally {
      restore();
    }
  });
});
