import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JobKind } from "@/server/generated/prisma/enums";
import { LANE_LIMITS } from "./job-lanes";
import { db } from "@/server/db";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import type { ClaimedJob } from "./job-handler";
import { JOB_MAX_ATTEMPTS } from "./job-policy";
import { overrideJobHandler } from "./job-registry";
import { runDueJobs } from "./run-due-jobs";
import { runJob } from "./run-job";
import { createTestBusiness } from "@/server/testing/factories";

let businessId: string;
const restores: Array<() => void> = [];

beforeEach(async () => {
  ({ id: businessId } = await createTestBusiness({ name: "Run jobs", documents: false, apiKey: false }));
});
afterEach(async () => {
  while (restores.length > 0) restores.pop()!();
  await db().business.delete({ where: { id: businessId } });
});

const override = (kind: JobKind, handler: ((job: ClaimedJob) => Promise<void>) | null) =>
  restores.push(overrideJobHandler(kind, handler));
const enqueue = async (kind: JobKind, options: { runAt?: Date; concurrencyKey?: string } = {}) =>
  (await inUnitOfWork((uow) => uow.enqueue({ businessId, kind, subjectId: "wf-1", ...options })))[0]!;
const row = (id: string) => db().scheduledJob.findUniqueOrThrow({ where: { id } });

describe("runJob", () => {
  it("claims, hands the fresh job to its handler once, and completes it", async () => {
    const seen: ClaimedJob[] = [];
    override("WORKFLOW_REMIND", async (job) => void seen.push(job));
    const { id } = await enqueue("WORKFLOW_REMIND");
    expect(await runJob({ jobId: id })).toEqual({ outcome: "done", kind: "WORKFLOW_REMIND", attempt: 1 });
    expect(await runJob({ jobId: id })).toEqual({ outcome: "skipped" });
    expect(seen).toEqual([
      expect.objectContaining({ id, businessId, subjectId: "wf-1", lane: "MESSAGES", attempts: 1 }),
    ]);
    expect((await row(id)).status).toBe("DONE");
  });

  it("records a handler's error and schedules a retry instead of throwing; fails for good on the last attempt", async () => {
    override("WORKFLOW_EXPIRE", async () => {
      throw new Error("provider unavailable");
    });
    const { id } = await enqueue("WORKFLOW_EXPIRE");
    expect(await runJob({ jobId: id })).toEqual({
      outcome: "retry",
      kind: "WORKFLOW_EXPIRE",
      attempt: 1,
      error: "Error: provider unavailable",
    });
    const row1 = await row(id);
    expect(row1).toMatchObject({ status: "PENDING", attempts: 1, lastError: "Error: provider unavailable" });
    expect(row1.runAt.getTime()).toBeGreaterThan(Date.now());

    await db().scheduledJob.update({
      where: { id },
      data: { attempts: JOB_MAX_ATTEMPTS - 1, runAt: new Date(Date.now() - 1000) },
    });
    expect(await runJob({ jobId: id })).toMatchObject({ outcome: "failed", attempt: JOB_MAX_ATTEMPTS });
    expect((await row(id)).status).toBe("FAILED");
  });

  it("fails a kind without a handler clearly, without throwing", async () => {
    override("WEBHOOK_DELIVER", null);
    const { id } = await enqueue("WEBHOOK_DELIVER");
    const error = "No handler is registered for job kind WEBHOOK_DELIVER";
    expect(await runJob({ jobId: id })).toMatchObject({ outcome: "retry", error });
    expect((await row(id)).lastError).toBe(error);
  });
});

describe("runDueJobs", () => {
  it("runs each lane's due jobs of the business once, up to the lane's limits, and leaves the rest", async () => {
    const ran: string[] = [];
    for (const kind of ["WORKFLOW_SEND", "WORKFLOW_EXPIRE", "TRANSACTION_ADVANCE", "WEBHOOK_DELIVER"] as const) {
      override(kind, async (job) => void ran.push(job.id));
    }
    const due = [
      await enqueue("WORKFLOW_SEND"),
      await enqueue("WORKFLOW_EXPIRE"),
      await enqueue("TRANSACTION_ADVANCE"),
      await enqueue("WEBHOOK_DELIVER", { concurrencyKey: "e" }),
    ];
    const later = await enqueue("WORKFLOW_SEND", { runAt: new Date(Date.now() + 60_000) });
    // WEBHOOKS caps a key at perKey: of the perKey + 3 due jobs of endpoint "e", the perKey oldest run in this pass.
    const perKey = LANE_LIMITS.WEBHOOKS.perKey!;
    const burst = [];
    for (let i = 0; i < perKey + 2; i++)
      burst.push(await enqueue("WEBHOOK_DELIVER", { concurrencyKey: "e", runAt: new Date(Date.now() - 1000 + i) }));

    const results = await runDueJobs({ businessId });
    expect(results).toHaveLength(3 + perKey);
    expect(results.every((result) => result.outcome === "done")).toBe(true);
    expect(new Set(ran).size).toBe(ran.length);
    for (const job of due.slice(0, 3)) expect((await row(job.id)).status).toBe("DONE");
    expect((await row(later.id)).status).toBe("PENDING");
    const webhookRows = await db().scheduledJob.findMany({ where: { businessId, kind: "WEBHOOK_DELIVER" } });
    expect(webhookRows.filter((job) => job.status === "DONE")).toHaveLength(perKey);

    const next = await runDueJobs({ businessId, lanes: ["WEBHOOKS"] });
    expect(next).toHaveLength(3);
    expect(await runDueJobs({ businessId })).toEqual([]);
  });
});
