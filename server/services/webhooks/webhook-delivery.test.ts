import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import { deliveryOf, emitTestEvent, runDue, useLoopbackReceivers, verify } from "@/server/testing/webhook-test-kit";
import { SYSTEM } from "@/server/services/actor";
import { claimJob } from "@/server/jobs/claim-jobs";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deliverWebhook } from "./deliver-webhooks";
import { emitEvent } from "./emit-event";
import { replayEvent, replayFailedDeliveries } from "./replay-deliveries";
import { rotateWebhookSecret } from "./rotate-webhook-secret";
import { updateWebhookEndpoint } from "./update-webhook-endpoint";

const { setup, receiver: startReceiver } = useLoopbackReceivers();

describe("webhook delivery", () => {
  it("signs each delivery so the standardwebhooks library verifies it, and logs the attempt", async () => {
    const { businessId, receiver, endpoint } = await setup([{ status: 200, body: "thanks" }]);
    const { eventId } = await emitTestEvent(businessId);
    await runDueJobs({ businessId });

    expect(receiver.received).toHaveLength(1);
    const payload = verify(endpoint.secret, receiver.received[0]!) as { id: string; type: string; data: unknown };
    expect(payload).toMatchObject({ id: eventId, type: "customer.status-updated", data: { previousStatus: "NEW" } });
    expect(receiver.received[0]!.headers["webhook-id"]).toBe(eventId);
    const delivery = await deliveryOf(eventId, endpoint.id);
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attemptCount: 1, nextAttemptAt: null });
    expect(delivery.attempts).toEqual([
      expect.objectContaining({ attemptNumber: 1, responseStatus: 200, responseBody: "thanks", error: null }),
    ]);
    expect(delivery.attempts[0]!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("retries a failing receiver on the webhook schedule, with the same webhook-id, until it succeeds", async () => {
    const { businessId, receiver, endpoint } = await setup([
      { status: 500, body: "boom" },
      { status: 503, headers: { "retry-after": "600" } },
      { status: 204 },
    ]);
    const { eventId } = await emitTestEvent(businessId);

    await runDueJobs({ businessId });
    let delivery = await deliveryOf(eventId, endpoint.id);
    expect(delivery).toMatchObject({ status: "PENDING", attemptCount: 1 });
    const firstDelay = delivery.nextAttemptAt!.getTime() - delivery.lastAttemptAt!.getTime();
    expect(firstDelay).toBeGreaterThanOrEqual(5_000);
    expect(firstDelay).toBeLessThanOrEqual(6_000 + 1_000); // plus the time the attempt took
    const next = await db().scheduledJob.findFirstOrThrow({ where: { subjectId: delivery.id, status: "PENDING" } });
    expect(next.runAt.getTime()).toBe(delivery.nextAttemptAt!.getTime());
    expect((await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).failingSince).toBeInstanceOf(
      Date,
    );
    // Not yet due: a sweep now sends nothing.
    await runDueJobs({ businessId });
    expect(receiver.received).toHaveLength(1);

    await runDue(businessId);
    delivery = await deliveryOf(eventId, endpoint.id);
    // 503 with Retry-After: 600 s beats the 5 min of the schedule.
    expect(delivery.nextAttemptAt!.getTime() - delivery.lastAttemptAt!.getTime()).toBeGreaterThanOrEqual(600_000);

    await runDue(businessId);
    delivery = await deliveryOf(eventId, endpoint.id);
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attemptCount: 3 });
    expect(delivery.attempts.map((a) => a.responseStatus)).toEqual([500, 503, 204]);
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual([eventId, eventId, eventId]);
    for (const request of receiver.received) expect(verify(endpoint.secret, request)).toMatchObject({ id: eventId });
    expect((await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).failingSince).toBeNull();
  });

  it("fails a delivery for good after the last attempt of the schedule; replay-failed sends it again", async () => {
    const { businessId, receiver, endpoint } = await setup([{ status: 500 }]);
    const { eventId } = await emitTestEvent(businessId);
    const pending = await deliveryOf(eventId, endpoint.id);
    await db().webhookDelivery.update({ where: { id: pending.id }, data: { attemptCount: 9 } }); // nine attempts already failed
    await runDueJobs({ businessId });
    expect(await deliveryOf(eventId, endpoint.id)).toMatchObject({
      status: "FAILED",
      attemptCount: 10,
      nextAttemptAt: null,
    });
    expect(await db().scheduledJob.count({ where: { subjectId: pending.id, status: "PENDING" } })).toBe(0);

    receiver.answer({ status: 200 });
    const result = await replayFailedDeliveries({
      businessId,
      endpointId: endpoint.id,
      since: new Date(Date.now() - 60_000),
      actor: SYSTEM,
    });
    expect(result).toEqual({ endpointId: endpoint.id, replayed: 1, hasMore: false });
    await runDueJobs({ businessId });
    expect(await deliveryOf(eventId, endpoint.id)).toMatchObject({ status: "SUCCEEDED", attemptCount: 1 });
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual([eventId, eventId]);
  });

  it("disables the endpoint on 410 and tells the business's other endpoints", async () => {
    const { businessId, receiver, endpoint } = await setup([{ status: 410 }]);
    const watcher = await startReceiver();
    const other = await createWebhookEndpoint({
      businessId,
      url: watcher.url,
      eventTypes: ["webhook-endpoint.disabled"],
      actor: SYSTEM,
    });
    const { eventId } = await emitTestEvent(businessId);
    await runDueJobs({ businessId });

    expect(receiver.received).toHaveLength(1);
    expect(await deliveryOf(eventId, endpoint.id)).toMatchObject({ status: "FAILED", attemptCount: 1 });
    expect(await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
      status: "DISABLED",
      disabledAt: expect.any(Date),
    });
    await runDueJobs({ businessId });
    expect(watcher.received).toHaveLength(1);
    expect(verify(other.secret, watcher.received[0]!)).toMatchObject({
      type: "webhook-endpoint.disabled",
      data: { endpoint: { id: endpoint.id }, reason: "GONE" },
    });
    expect(
      await db().auditLog.count({ where: { businessId, action: "webhook-endpoint.disabled", targetId: endpoint.id } }),
    ).toBe(1);

    // Later events skip the disabled endpoint.
    const later = await emitTestEvent(businessId);
    expect(await db().webhookDelivery.count({ where: { eventId: later.eventId, endpointId: endpoint.id } })).toBe(0);
  });

  it("disables an endpoint that has been failing for 5 days", async () => {
    const { businessId, endpoint } = await setup([{ status: 500 }]);
    await db().webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { failingSince: new Date(Date.now() - 5 * 24 * 3_600_000 - 60_000) },
    });
    await emitTestEvent(businessId);
    await runDueJobs({ businessId });
    expect(await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
      status: "DISABLED",
    });
    const told = await db().webhookEvent.findFirstOrThrow({ where: { businessId, type: "webhook-endpoint.disabled" } });
    expect(told.payload).toMatchObject({ data: { reason: "FAILING", endpoint: { id: endpoint.id } } });
    expect(
      await db().auditLog.findFirst({
        where: { businessId, action: "webhook-endpoint.disabled", targetId: endpoint.id },
        select: { actorType: true, metadata: true },
      }),
    ).toEqual({ actorType: "SYSTEM", metadata: { reason: "FAILING" } });
  });

  it("keeps failing for less than 5 days without disabling the endpoint", async () => {
    const { businessId, endpoint } = await setup([{ status: 500 }]);
    await db().webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { failingSince: new Date(Date.now() - 5 * 24 * 3_600_000 + 60_000) },
    });
    await emitTestEvent(businessId);
    await runDueJobs({ businessId });
    expect(await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
      status: "ACTIVE",
    });
  });

  it("times out a slow receiver and retries it", async () => {
    const { businessId, receiver, endpoint } = await setup([{ status: 200, delayMs: 2000 }, { status: 200 }]);
    const { eventId } = await emitTestEvent(businessId);
    const { id } = await deliveryOf(eventId, endpoint.id);
    expect(await deliverWebhook({ deliveryId: id, timeoutMs: 200 })).toMatchObject({
      outcome: "attempted",
      status: null,
      error: "Timed out after 200 ms",
    });
    expect(await deliveryOf(eventId, endpoint.id)).toMatchObject({ status: "PENDING", attemptCount: 1 });
    await runDue(businessId);
    const delivery = await deliveryOf(eventId, endpoint.id);
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attemptCount: 2 });
    expect(delivery.attempts[0]).toMatchObject({ responseStatus: null, error: "Timed out after 200 ms" });
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual([eventId, eventId]);
  });

  it("does not follow a redirect: a 302 is a failed attempt", async () => {
    const { businessId, receiver, endpoint } = await setup([{ status: 302, headers: { location: "/stolen" } }]);
    const { eventId } = await emitTestEvent(businessId);
    await runDueJobs({ businessId });
    expect(receiver.received.map((r) => r.path)).toEqual(["/hooks"]);
    expect(await deliveryOf(eventId, endpoint.id)).toMatchObject({
      status: "PENDING",
      attempts: [expect.objectContaining({ responseStatus: 302 })],
    });
  });

  it("refuses a private target when private targets are not allowed", async () => {
    const { businessId, receiver, endpoint } = await setup();
    process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "false";
    resetEnvForTests();
    for (const url of [
      receiver.url,
      "https://localhost/x",
      "https://10.0.0.1/x",
      "https://192.168.1.1/x",
      "https://169.254.169.254/x",
      "https://[::1]/x",
      "http://example.com/x",
    ]) {
      await expect(createWebhookEndpoint({ businessId, url, actor: SYSTEM })).rejects.toMatchObject({
        code: "UNPROCESSABLE",
      });
    }
    const { eventId } = await emitTestEvent(businessId);
    await runDueJobs({ businessId });
    expect(receiver.received).toHaveLength(0);
    const delivery = await deliveryOf(eventId, endpoint.id);
    expect(delivery.attempts[0]!.error).toMatch(/^Refused: 127\.0\.0\.1 is a private, loopback or link-local address/);
  });

  it("replays an event with the same webhook-id", async () => {
    const { businessId, receiver, endpoint } = await setup();
    const { eventId } = await emitTestEvent(businessId);
    await runDueJobs({ businessId });
    expect(await replayEvent({ businessId, eventId, actor: SYSTEM })).toEqual({ eventId, replayed: 1 });
    await runDueJobs({ businessId });
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual([eventId, eventId]);
    expect(await deliveryOf(eventId, endpoint.id)).toMatchObject({
      status: "SUCCEEDED",
      attempts: [expect.anything(), expect.anything()],
    });
  });

  it("signs with the old and the new secret for 24 hours after a rotation, then with the new one only", async () => {
    const { businessId, receiver, endpoint } = await setup();
    const rotated = await rotateWebhookSecret({ businessId, endpointId: endpoint.id, actor: SYSTEM });
    expect(rotated.secret).not.toBe(endpoint.secret);
    await emitTestEvent(businessId);
    await runDueJobs({ businessId });
    const [during] = receiver.received;
    expect(String(during!.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(verify(endpoint.secret, during!)).toBeTruthy();
    expect(verify(rotated.secret, during!)).toBeTruthy();

    await db().webhookSecret.updateMany({
      where: { endpointId: endpoint.id, expiresAt: { not: null } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await emitTestEvent(businessId);
    await runDueJobs({ businessId });
    const after = receiver.received[1]!;
    expect(verify(rotated.secret, after)).toBeTruthy();
    expect(() => verify(endpoint.secret, after)).toThrow();
  });

  it("loses nothing when the process dies: the event commits with its job, and a claimed delivery comes due again", async () => {
    const { businessId, receiver, endpoint } = await setup();
    await expect(
      inUnitOfWork(async (uow) => {
        await emitEvent(uow, {
          businessId,
          type: "webhook-endpoint.test",
          data: { endpointId: endpoint.id, message: "rolled back" },
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const { eventId } = await emitTestEvent(businessId);
    const delivery = await deliveryOf(eventId, endpoint.id);
    const job = await db().scheduledJob.findFirstOrThrow({
      where: { subjectId: delivery.id, kind: "WEBHOOK_DELIVER" },
    });

    // A runner claims the job and the delivery, then dies before the request leaves.
    expect(await claimJob({ jobId: job.id })).not.toBeNull();
    await expect(
      deliverWebhook({
        deliveryId: delivery.id,
        send: () => {
          throw new Error("killed");
        },
      }),
    ).rejects.toThrow("killed");
    expect(await runDueJobs({ businessId })).toEqual([]); // both leases still held
    expect(receiver.received).toHaveLength(0);

    await runDue(businessId); // the leases run out
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual(expect.arrayContaining([eventId]));
    expect(await deliveryOf(eventId, endpoint.id)).toMatchObject({ status: "SUCCEEDED" });
    expect(await db().webhookEvent.count({ where: { businessId, type: "webhook-endpoint.test" } })).toBe(0);
  });

  it("delivers only to ACTIVE endpoints subscribed to the type; a suspended endpoint's deliveries wait for it", async () => {
    const { businessId, receiver, endpoint } = await setup();
    const other = await startReceiver();
    const picky = await createWebhookEndpoint({
      businessId,
      url: other.url,
      eventTypes: ["transactions.status-changed"],
      actor: SYSTEM,
    });
    const { eventId } = await emitTestEvent(businessId);
    expect(await db().webhookDelivery.count({ where: { eventId, endpointId: picky.id } })).toBe(0);

    await updateWebhookEndpoint({
      businessId,
      endpointId: endpoint.id,
      changes: { status: "SUSPENDED" },
      actor: SYSTEM,
    });
    await runDueJobs({ businessId });
    expect(receiver.received).toHaveLength(0);
    expect(await deliveryOf(eventId, endpoint.id)).toMatchObject({
      status: "PENDING",
      nextAttemptAt: null,
      attemptCount: 0,
    });
    const whileSuspended = await emitTestEvent(businessId);
    expect(await db().webhookDelivery.count({ where: { eventId: whileSuspended.eventId } })).toBe(0);

    await updateWebhookEndpoint({ businessId, endpointId: endpoint.id, changes: { status: "ACTIVE" }, actor: SYSTEM });
    await runDueJobs({ businessId });
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual([eventId]);
  });
});
