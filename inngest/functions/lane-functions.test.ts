import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JobKind } from "@/server/generated/prisma/enums";
import { db } from "@/server/db";
import { LANE_LIMITS, LANE_OF_KIND } from "@/server/jobs/job-lanes";
import { overrideJobHandler } from "@/server/jobs/job-registry";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { customerMessages, laneFunctions, linkExpiry, paymentSteps, webhookDeliveries } from "./lane-functions";
import { createTestBusiness } from "@/server/testing/factories";

let businessId: string;
const restores: Array<() => void> = [];

beforeEach(async () => {
  ({ id: businessId } = await createTestBusiness({ name: "Lane fns", documents: false, apiKey: false }));
});
afterEach(async () => {
  while (restores.length > 0) restores.pop()!();
  await db().business.delete({ where: { id: businessId } });
});

type LaneFunction = (typeof laneFunctions)[number];
const LANES = [
  { fn: customerMessages, lane: "MESSAGES", event: "linx/messages.job-due", kind: "WORKFLOW_SEND" },
  { fn: linkExpiry, lane: "EXPIRY", event: "linx/expiry.job-due", kind: "WORKFLOW_EXPIRE" },
  { fn: paymentSteps, lane: "PAYMENTS", event: "linx/payments.job-due", kind: "TRANSACTION_ADVANCE" },
  { fn: webhookDeliveries, lane: "WEBHOOKS", event: "linx/webhooks.job-due", kind: "WEBHOOK_DELIVER" },
] as const satisfies ReadonlyArray<{ fn: LaneFunction; lane: string; event: string; kind: JobKind }>;

// One engine per delivery: @inngest/test memoizes step results per engine.
const deliver = (fn: LaneFunction, event: string, jobId: string, concurrencyKey: string | null = null) =>
  new InngestTestEngine({ function: fn }).execute({ events: [{ name: event, data: { jobId, concurrencyKey } }] });

describe("lane functions", () => {
  it("are one per lane, each triggered by its lane's event", () => {
    expect(laneFunctions).toHaveLength(4);
    for (const { fn, event } of LANES) {
      const triggers = fn.opts.triggers as unknown as Array<{ event: string | { name: string } }>;
      expect(
        triggers.map((trigger) => (typeof trigger.event === "string" ? trigger.event : trigger.event.name)),
      ).toEqual([event]);
    }
  });

  for (const { fn, lane, event, kind } of LANES) {
    it(`${fn.opts.id} runs its job once even when the event is delivered twice`, async () => {
      expect(LANE_OF_KIND[kind]).toBe(lane);
      const seen: string[] = [];
      restores.push(overrideJobHandler(kind, async (job) => void seen.push(job.id)));
      const concurrencyKey = lane === "WEBHOOKS" ? "endpoint-1" : null;
      const [job] = await inUnitOfWork((uow) =>
        uow.enqueue({ businessId, kind, subjectId: randomUUID(), concurrencyKey: concurrencyKey ?? undefined }),
      );

      const first = await deliver(fn, event, job!.id, concurrencyKey);
      const second = await deliver(fn, event, job!.id, concurrencyKey);
      expect(first.error).toBeUndefined();
      expect(first.result).toEqual({ outcome: "done", kind, attempt: 1 });
      expect(second.result).toEqual({ outcome: "skipped" });
      expect(seen).toEqual([job!.id]);
      expect(first.ctx.step.run).toHaveBeenCalledWith("run-job", expect.any(Function));
      expect(await db().scheduledJob.findUniqueOrThrow({ where: { id: job!.id } })).toMatchObject({
        status: "DONE",
        attempts: 1,
      });
    });
  }

  it("skips an unknown job id", async () => {
    const { result, error } = await deliver(customerMessages, "linx/messages.job-due", "no-such-job");
    expect(error).toBeUndefined();
    expect(result).toEqual({ outcome: "skipped" });
  });

  it("records a handler's failure on the row instead of failing the run (the sweep sends it again)", async () => {
    restores.push(
      overrideJobHandler("TRANSACTION_ADVANCE", async () => {
        throw new Error("bank unavailable");
      }),
    );
    const [job] = await inUnitOfWork((uow) =>
      uow.enqueue({ businessId, kind: "TRANSACTION_ADVANCE", subjectId: randomUUID() }),
    );
    const { result, error } = await deliver(paymentSteps, "linx/payments.job-due", job!.id);
    expect(error).toBeUndefined();
    expect(result).toEqual({
      outcome: "retry",
      kind: "TRANSACTION_ADVANCE",
      attempt: 1,
      error: "Error: bank unavailable",
    });
    expect(await db().scheduledJob.findUniqueOrThrow({ where: { id: job!.id } })).toMatchObject({
      status: "PENDING",
      lastError: "Error: bank unavailable",
    });
  });

  it("limits each lane to its concurrency, and webhook deliveries also per endpoint", () => {
    expect(customerMessages.opts.concurrency).toEqual({ limit: LANE_LIMITS.MESSAGES.concurrency });
    expect(linkExpiry.opts.concurrency).toEqual({ limit: LANE_LIMITS.EXPIRY.concurrency });
    expect(paymentSteps.opts.concurrency).toEqual({ limit: LANE_LIMITS.PAYMENTS.concurrency });
    const concurrency = webhookDeliveries.opts.concurrency as Array<{ limit: number; key?: string }>;
    expect(concurrency).toHaveLength(2);
    expect(concurrency).toContainEqual({ limit: LANE_LIMITS.WEBHOOKS.concurrency });
    expect(concurrency).toContainEqual({ limit: LANE_LIMITS.WEBHOOKS.perKey, key: "event.data.concurrencyKey" });
    expect(LANE_LIMITS.WEBHOOKS.perKey).toBeGreaterThan(0);
  });
});
