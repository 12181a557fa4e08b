import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { captureLogsForTests } from "@/server/observability/logger";
import { createTestBusiness } from "@/server/testing/factories";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { overrideJobHandler } from "./job-registry";
import { runJob } from "./run-job";

// Each job run is one log line with its kind, lane, attempt, outcome and duration.

let businessId: string;
beforeAll(async () => {
  businessId = (await createTestBusiness({ name: "Job log Co" })).id;
});
afterAll(async () => {
  overrideJobHandler("TRANSACTION_ADVANCE", null);
  await db().business.delete({ where: { id: businessId } });
});

describe("job run log", () => {
  it("says what ran, how it ended and how long it took", async () => {
    let fail = true;
    overrideJobHandler("TRANSACTION_ADVANCE", async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (fail) throw new Error("rail unavailable");
    });
    const [job] = await inUnitOfWork((uow) =>
      uow.enqueue({ businessId, kind: "TRANSACTION_ADVANCE", subjectId: randomUUID() }),
    );
    const logs = captureLogsForTests({ level: "info" });
    await runJob({ jobId: job!.id });
    await db().scheduledJob.update({ where: { id: job!.id }, data: { runAt: new Date(Date.now() - 1000) } });
    fail = false;
    await runJob({ jobId: job!.id });
    logs.restore();
    const lines = logs.entries().filter((entry) => entry.component === "jobs" && entry.jobId === job!.id);
    expect(lines).toEqual([
      expect.objectContaining({
        level: "warn",
        msg: "job run failed",
        kind: "TRANSACTION_ADVANCE",
        lane: "PAYMENTS",
        attempt: 1,
        outcome: "retry",
        error: "Error: rail unavailable",
      }),
      expect.objectContaining({
        level: "info",
        msg: "job run",
        kind: "TRANSACTION_ADVANCE",
        lane: "PAYMENTS",
        attempt: 2,
        outcome: "done",
      }),
    ]);
    for (const line of lines) expect(line.durationMs).toBeGreaterThanOrEqual(15);
  });
});
