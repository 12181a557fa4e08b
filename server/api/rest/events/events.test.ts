import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v2/events/route";
import * as item from "@/app/api/v2/events/[id]/route";
import * as replay from "@/app/api/v2/events/[id]/replay/route";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import { SYSTEM } from "@/server/services/actor";
import { createWebhookEndpoint } from "@/server/services/webhooks/create-webhook-endpoint";
import { updateWebhookEndpoint } from "@/server/services/webhooks/update-webhook-endpoint";
import { cancelWorkflow } from "@/server/services/workflows/cancel-workflow";
import { createTestBusiness, createTestWorkflow, type TestBusiness } from "@/server/testing/factories";
import { startReceiver, type Receiver } from "@/server/webhooks/test-receiver";
import { callApi } from "@/server/api/rest/api-test-kit";

type Tenant = TestBusiness;
let a: Tenant;
let b: Tenant;
let receiver: Receiver;
let workflowId: string;
/** The event of the cancellation; running jobs adds events, so tests name this one. */
let cancelled: { id: string };
const saved = process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS;

beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "true";
  resetEnvForTests();
  receiver = await startReceiver();
  a = await createTestBusiness({ name: "Events A" });
  b = await createTestBusiness({ name: "Events B" });
  // Two workflows, one cancelled: three linx.workflow-updated events, oldest first.
  await createTestWorkflow(a.id);
  workflowId = (await createTestWorkflow(a.id)).workflow.id;
  await cancelWorkflow({ businessId: a.id, workflowId, actor: SYSTEM });
  cancelled = (await list(a, "?limit=1")).body.data[0];
});
afterAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = saved;
  resetEnvForTests();
  await receiver.close();
});

const list = (tenant: Tenant, query = "") => callApi(collection.GET, `/events${query}`, { key: tenant.apiKey });
const get = (tenant: Tenant, id: string) => callApi(item.GET, `/events/${id}`, { key: tenant.apiKey, params: { id } });
const replayEvent = (tenant: Tenant, id: string, query = "", headers: Record<string, string> = {}) =>
  callApi(replay.POST, `/events/${id}/replay${query}`, { method: "POST", key: tenant.apiKey, params: { id }, headers });

describe("GET /events", () => {
  it("lists the business's events newest first, exactly as they are delivered", async () => {
    const page = await list(a);
    expect(page.status).toBe(200);
    expect(
      page.body.data.map((event: { type: string; data: any }) => [event.type, event.data.workflow.status]),
    ).toEqual([
      ["linx.workflow-updated", "CANCELLED"],
      ["linx.workflow-updated", "ACTIVE"],
      ["linx.workflow-updated", "ACTIVE"],
    ]);
    const [cancelled] = page.body.data;
    expect(cancelled).toEqual({
      id: expect.stringMatching(/^msg_/),
      type: "linx.workflow-updated",
      sequence: expect.any(Number),
      createdAt: expect.stringMatching(/Z$/),
      data: expect.objectContaining({ workflow: expect.objectContaining({ id: workflowId }) }),
    });
    const stored = await db().webhookEvent.findUniqueOrThrow({ where: { id: cancelled.id } });
    expect(cancelled).toEqual(stored.payload);
    expect((await list(b)).body.data).toEqual([]);
  });

  it("walks the pages with the cursor and filters by type", async () => {
    const first = await list(a, "?limit=2");
    expect(first.body.data).toHaveLength(2);
    expect(first.body.pagination.hasMore).toBe(true);
    const second = await list(a, `?limit=2&cursor=${first.body.pagination.nextCursor}`);
    expect(second.body).toMatchObject({ data: [expect.anything()], pagination: { hasMore: false, nextCursor: null } });
    expect(new Set([...first.body.data, ...second.body.data].map((event: { id: string }) => event.id)).size).toBe(3);
    expect((await list(a, "?type=customer.created")).body.data).toEqual([]);
    expect((await list(a, "?type=linx.workflow-updated")).body.data).toHaveLength(3);
    expect((await list(a, "?type=customer.deleted")).body.error.details).toEqual([
      { in: "query", field: "type", message: expect.any(String) },
    ]);
  });
});

describe("GET /events/{id}", () => {
  it("serves one event, and another business's event as not found", async () => {
    const [latest] = (await list(a, "?limit=1")).body.data;
    expect(await get(a, latest.id)).toMatchObject({ status: 200, body: latest });
    const theirs = await get(b, latest.id);
    const missing = await get(b, "msg_nothing");
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual(missing.body);
  });
});

describe("POST /events/{id}/replay", () => {
  it("sends an old event to an endpoint created after it, then again to every endpoint it went to, with its own id", async () => {
    const latest = cancelled;
    const endpoint = await createWebhookEndpoint({ businessId: a.id, url: receiver.url, actor: SYSTEM });
    const toOne = await replayEvent(a, latest.id, `?endpointId=${endpoint.id}`);
    expect(toOne).toMatchObject({ status: 202, body: { eventId: latest.id, replayed: 1 } });
    await runDueJobs({ businessId: a.id });
    const got = receiver.received.filter((r) => r.headers["webhook-id"] === latest.id);
    expect(got).toHaveLength(1);
    expect(new Webhook(endpoint.secret).verify(got[0]!.body, got[0]!.headers as Record<string, string>)).toEqual(
      latest,
    );

    expect((await replayEvent(a, latest.id)).body).toEqual({ eventId: latest.id, replayed: 1 });
    await runDueJobs({ businessId: a.id });
    expect(receiver.received.filter((r) => r.headers["webhook-id"] === latest.id)).toHaveLength(2);
    const audit = await db().auditLog.count({
      where: { businessId: a.id, action: "webhook-event.replayed", targetId: latest.id, actorType: "API_KEY" },
    });
    expect(audit).toBe(2);
  });

  it("replays once per Idempotency-Key", async () => {
    const latest = cancelled;
    const headers = { "idempotency-key": `replay-${latest.id}` };
    const first = await replayEvent(a, latest.id, "", headers);
    const retry = await replayEvent(a, latest.id, "", headers);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body).toEqual(first.body);
    expect(
      await db().auditLog.count({ where: { businessId: a.id, action: "webhook-event.replayed", targetId: latest.id } }),
    ).toBe(3);
  });

  it("answers 404 for another business's event or endpoint, and 409 for a suspended endpoint", async () => {
    const latest = cancelled;
    const theirs = await createWebhookEndpoint({ businessId: b.id, url: receiver.url, actor: SYSTEM });
    expect((await replayEvent(b, latest.id)).status).toBe(404);
    expect((await replayEvent(a, latest.id, `?endpointId=${theirs.id}`)).status).toBe(404);
    expect((await replayEvent(a, "msg_nothing")).status).toBe(404);
    const mine = await createWebhookEndpoint({ businessId: a.id, url: receiver.url, actor: SYSTEM });
    await updateWebhookEndpoint({
      businessId: a.id,
      endpointId: mine.id,
      changes: { status: "SUSPENDED" },
      actor: SYSTEM,
    });
    expect(await replayEvent(a, latest.id, `?endpointId=${mine.id}`)).toMatchObject({
      status: 409,
      body: { error: { code: "CONFLICT" } },
    });
    expect(await db().webhookDelivery.count({ where: { endpointId: { in: [theirs.id, mine.id] } } })).toBe(0);
  });
});
