import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { runDueJobs } from "../../jobs/run-due-jobs";
import { deliveryOf, emitTestEvent, runDue, useLoopbackReceivers } from "../../testing/webhook-test-kit";
import { ORDER_WINDOW_MS } from "./delivery-order";

const { setup } = useLoopbackReceivers();

describe("per-endpoint ordering", () => {
  it("sends an endpoint's deliveries in event order while the receiver keeps up", async () => {
    const { businessId, receiver } = await setup();
    const ids = [];
    for (let i = 0; i < 4; i += 1) ids.push((await emitTestEvent(businessId)).eventId);
    for (let round = 0; round < 10 && receiver.received.length < 4; round += 1) await runDue(businessId);
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual(ids);
  });

  it("releases the next waiting delivery as soon as the older one is delivered, without waiting for the window", async () => {
    const { businessId, receiver } = await setup();
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push((await emitTestEvent(businessId)).eventId);
    // The first is due now; the later two wait for their turn, with a job for when the first leaves the ordering window.
    const jobs = await db().scheduledJob.findMany({ where: { businessId, status: "PENDING" }, orderBy: { runAt: "asc" }, select: { runAt: true } });
    expect(jobs.map((job) => Math.max(0, Math.round((job.runAt.getTime() - Date.now()) / 10_000)))).toEqual([0, ORDER_WINDOW_MS / 10_000, ORDER_WINDOW_MS / 10_000]);
    // Three sweeps, and no time passes: each delivery's success releases the next.
    for (let round = 0; round < 3; round += 1) await runDueJobs({ businessId });
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual(ids);
  });

  it("stops holding newer events behind a failing one once it is older than the ordering window", async () => {
    const { businessId, receiver, endpoint } = await setup([{ status: 500 }, { status: 200 }]);
    const first = await emitTestEvent(businessId);
    await runDueJobs({ businessId }); // fails; its retry is 5 s away
    const second = await emitTestEvent(businessId);
    await runDueJobs({ businessId });
    expect(receiver.received).toHaveLength(1); // waits behind the first
    expect(await deliveryOf(second.eventId, endpoint.id)).toMatchObject({ status: "PENDING", attemptCount: 0 });

    // The first is still being retried when it leaves the window: the second goes out before it.
    await db().webhookDelivery.update({ where: { eventId_endpointId: { eventId: first.eventId, endpointId: endpoint.id } }, data: { createdAt: new Date(Date.now() - ORDER_WINDOW_MS - 1000) } });
    const hold = await db().scheduledJob.findFirstOrThrow({ where: { businessId, status: "PENDING", subjectId: (await deliveryOf(second.eventId, endpoint.id)).id } });
    await db().scheduledJob.update({ where: { id: hold.id }, data: { runAt: new Date(Date.now() - 1) } });
    await runDueJobs({ businessId });
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual([first.eventId, second.eventId]);
    expect(await deliveryOf(first.eventId, endpoint.id)).toMatchObject({ status: "PENDING", attemptCount: 1 });
  });
});
