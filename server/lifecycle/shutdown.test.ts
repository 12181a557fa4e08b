import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { deliveryOf, emitTestEvent, runDue, useLoopbackReceivers } from "@/server/testing/webhook-test-kit";

// SIGTERM in the middle of real work: a process running the app's job runner against the test
// database delivers webhooks to a slow receiver; stopped halfway, it must let the deliveries in
// flight finish and record them, claim nothing more, and exit 0. Every delivery then happens
// exactly once: none lost, none sent twice.

const { setup } = useLoopbackReceivers();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const waitFor = async (what: string, check: () => boolean, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
};

describe("shutdown on SIGTERM", () => {
  it("finishes the jobs in flight, takes no more, exits 0, and loses or repeats nothing", async () => {
    // 32 deliveries to one endpoint run at once (the lane's per-endpoint cap); 48 are queued.
    const { businessId, receiver } = await setup([{ status: 200, body: "ok", delayMs: 600 }]);
    const events: string[] = [];
    for (let i = 0; i < 48; i++) events.push((await emitTestEvent(businessId)).eventId);

    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "server/testing/runner-process.ts", businessId],
      {
        env: { ...process.env, LOG_LEVEL: "info", LOG_FORMAT: "json" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on("exit", (code, signal) => resolve({ code, signal })),
    );

    // Mid-work: the first deliveries have reached the receiver, and their answers are 600 ms away.
    await waitFor("the first deliveries", () => receiver.received.length >= 1);
    const inFlightAtSignal = receiver.received.length;
    const signalledAt = Date.now();
    child.kill("SIGTERM");
    const { code, signal } = await exited;
    const tookMs = Date.now() - signalledAt;
    expect({ code, signal }, output).toEqual({ code: 0, signal: null });
    expect(tookMs).toBeLessThan(20_000);
    expect(output).toContain('"msg":"stopped"');

    // What it had started, it finished and recorded; it claimed nothing after the signal.
    const sentBeforeStop = receiver.received.length;
    expect(sentBeforeStop).toBeGreaterThanOrEqual(inFlightAtSignal);
    expect(sentBeforeStop).toBeLessThan(events.length);
    const jobs = await db().scheduledJob.findMany({
      where: { businessId, kind: "WEBHOOK_DELIVER" },
      select: { status: true },
    });
    const statuses = jobs.reduce<Record<string, number>>(
      (count, job) => ({ ...count, [job.status]: (count[job.status] ?? 0) + 1 }),
      {},
    );
    expect(statuses.RUNNING ?? 0).toBe(0);
    expect(statuses.DONE).toBe(sentBeforeStop);
    expect(statuses.PENDING).toBe(events.length - sentBeforeStop);

    // The rest run now (another instance would): each event reaches the receiver exactly once.
    receiver.answer({ status: 200, body: "ok" });
    await runDue(businessId);
    const ids = receiver.received.map((request) => String(request.headers["webhook-id"]));
    expect(ids.length).toBe(events.length);
    expect(new Set(ids).size).toBe(events.length);
    expect(
      await db().scheduledJob.count({ where: { businessId, kind: "WEBHOOK_DELIVER", status: { not: "DONE" } } }),
    ).toBe(0);
  }, 60_000);

  it("cuts short, a few seconds in, a delivery whose endpoint does not answer, and retries it later", async () => {
    const { businessId, receiver, endpoint } = await setup([{ status: 200, body: "late", delayMs: 60_000 }]);
    const { eventId } = await emitTestEvent(businessId);
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "server/testing/runner-process.ts", businessId],
      { env: process.env, stdio: "ignore" },
    );
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    await waitFor("the delivery", () => receiver.received.length === 1);
    const signalledAt = Date.now();
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    // STOP_PATIENCE_MS (5 s), not the 15 s webhook timeout, nor the 20 s shutdown bound.
    expect(Date.now() - signalledAt).toBeLessThan(9000);
    const delivery = await deliveryOf(eventId, endpoint.id);
    expect(delivery.attempts).toEqual([
      expect.objectContaining({ responseStatus: null, error: "Cut short: LinX was stopping" }),
    ]);
    expect(await db().scheduledJob.count({ where: { businessId, kind: "WEBHOOK_DELIVER", status: "PENDING" } })).toBe(
      1,
    );
    expect(await db().scheduledJob.count({ where: { businessId, status: "RUNNING" } })).toBe(0);
  }, 60_000);
});
