import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { LANE_LIMITS } from "@/server/jobs/job-lanes";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import { emitTestEvent, useLoopbackReceivers } from "@/server/testing/webhook-test-kit";
import { findDueJobs } from "@/server/jobs/claim-jobs";

const { setup } = useLoopbackReceivers();

const waitFor = async (condition: () => boolean, timeoutMs: number) => {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** Runs one job in a child process, the way another runner instance would. */
const runJobInChild = (jobId: string) => {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.resolve("server/testing/run-job-process.ts"), jobId],
    {
      env: { ...process.env, WEBHOOK_ALLOW_PRIVATE_TARGETS: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on("exit", (code, signal) => resolve(signal ?? code)),
  );
  return { child, exited, output: () => output };
};

describe("a runner killed in the middle of a delivery", () => {
  it("loses nothing: the lease runs out, the job is due again, and the event arrives once more with the same webhook-id", async () => {
    // The receiver holds the first request open for a minute (the runner is killed meanwhile), then answers 200.
    const { businessId, receiver } = await setup([
      { status: 200, delayMs: 60_000 },
      { status: 200, body: "ok" },
    ]);
    const { eventId, jobs } = await emitTestEvent(businessId);
    const [job] = jobs;

    const runner = runJobInChild(job!.id);
    await waitFor(() => receiver.received.length === 1 || runner.output().includes("outcome"), 30_000).catch(() => {
      throw new Error(`the child never reached the receiver: ${runner.output()}`);
    });
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual([eventId]);
    runner.child.kill("SIGKILL"); // while the receiver still holds the request open
    expect(await runner.exited).toBe("SIGKILL");

    // What the dead runner left: the job claimed and the attempt claimed, both under a lease, nothing recorded.
    const claimed = await db().scheduledJob.findUniqueOrThrow({ where: { id: job!.id } });
    expect(claimed).toMatchObject({ status: "RUNNING", attempts: 1 });
    const delivery = await db().webhookDelivery.findFirstOrThrow({ where: { eventId }, include: { attempts: true } });
    expect(delivery).toMatchObject({ status: "PENDING", attemptCount: 1, attempts: [] });
    expect(delivery.nextAttemptAt!.getTime()).toBeLessThanOrEqual(claimed.runAt.getTime());
    expect(await runDueJobs({ businessId })).toEqual([]);

    // The job is due again exactly when its lease ends.
    const leaseEnd = claimed.runAt;
    expect(leaseEnd.getTime() - Date.now()).toBeGreaterThan(LANE_LIMITS.WEBHOOKS.leaseMs - 30_000);
    const dueAt = async (now: Date) =>
      (await findDueJobs({ lane: "WEBHOOKS", limit: 10_000, now })).map((j) => j.id).filter((id) => id === job!.id);
    expect(await dueAt(new Date(leaseEnd.getTime() - 1))).toEqual([]);
    expect(await dueAt(leaseEnd)).toEqual([job!.id]);

    // Let the leases run out (move them into the past rather than wait two minutes), then sweep.
    await db().scheduledJob.update({ where: { id: job!.id }, data: { runAt: new Date(Date.now() - 1) } });
    await db().webhookDelivery.update({
      where: { id: delivery.id },
      data: { nextAttemptAt: new Date(Date.now() - 1) },
    });
    expect(await runDueJobs({ businessId })).toEqual([
      expect.objectContaining({ outcome: "done", kind: "WEBHOOK_DELIVER", attempt: 2 }),
    ]);
    expect(await runDueJobs({ businessId })).toEqual([]);

    // Delivered exactly once more, with the same webhook-id: a receiver that dedupes on it sees one event.
    const ids = receiver.received.map((r) => r.headers["webhook-id"]);
    expect(ids).toEqual([eventId, eventId]);
    expect(new Set(ids).size).toBe(1);
    const settled = await db().webhookDelivery.findUniqueOrThrow({
      where: { id: delivery.id },
      include: { attempts: true },
    });
    expect(settled).toMatchObject({
      status: "SUCCEEDED",
      attemptCount: 2,
      attempts: [expect.objectContaining({ attemptNumber: 2, responseStatus: 200 })],
    });
    expect(await db().scheduledJob.findUniqueOrThrow({ where: { id: job!.id } })).toMatchObject({ status: "DONE" });
  }, 60_000);
});
