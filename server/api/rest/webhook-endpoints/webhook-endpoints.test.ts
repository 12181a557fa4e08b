import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v2/webhook-endpoints/route";
import * as item from "@/app/api/v2/webhook-endpoints/[id]/route";
import * as deliveries from "@/app/api/v2/webhook-endpoints/[id]/deliveries/route";
import * as replay from "@/app/api/v2/webhook-endpoints/[id]/replay/route";
import * as rotate from "@/app/api/v2/webhook-endpoints/[id]/rotate-secret/route";
import * as test from "@/app/api/v2/webhook-endpoints/[id]/test/route";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import { createTestBusiness, type TestBusiness } from "@/server/testing/factories";
import { startReceiver, type Receiver } from "@/server/webhooks/test-receiver";
import { callApi } from "@/server/api/rest/api-test-kit";

type Tenant = TestBusiness;
let a: Tenant;
let b: Tenant;
let receiver: Receiver;
const saved = process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS;

const allowPrivateTargets = (allow: boolean) => {
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = String(allow);
  resetEnvForTests();
};

beforeAll(async () => {
  allowPrivateTargets(true);
  a = await createTestBusiness({ name: "Hooks A" });
  b = await createTestBusiness({ name: "Hooks B" });
  receiver = await startReceiver();
});
afterEach(() => allowPrivateTargets(true));
afterAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = saved;
  resetEnvForTests();
  await receiver.close();
});

const create = (tenant: Tenant, body: unknown, headers: Record<string, string> = {}) =>
  callApi(collection.POST, "/webhook-endpoints", { method: "POST", key: tenant.apiKey, body, headers });
const get = (tenant: Tenant, id: string) =>
  callApi(item.GET, `/webhook-endpoints/${id}`, { key: tenant.apiKey, params: { id } });
const patch = (tenant: Tenant, id: string, body: unknown) =>
  callApi(item.PATCH, `/webhook-endpoints/${id}`, { method: "PATCH", key: tenant.apiKey, params: { id }, body });
const remove = (tenant: Tenant, id: string) =>
  callApi(item.DELETE, `/webhook-endpoints/${id}`, { method: "DELETE", key: tenant.apiKey, params: { id } });
const post = (handler: typeof test.POST, action: string, tenant: Tenant, id: string, body?: unknown) =>
  callApi(handler, `/webhook-endpoints/${id}/${action}`, { method: "POST", key: tenant.apiKey, params: { id }, body });
const listDeliveries = (tenant: Tenant, id: string, query = "") =>
  callApi(deliveries.GET, `/webhook-endpoints/${id}/deliveries${query}`, { key: tenant.apiKey, params: { id } });

const ENDPOINT_KEYS = [
  "id",
  "url",
  "description",
  "eventTypes",
  "status",
  "failingSince",
  "disabledAt",
  "createdAt",
  "updatedAt",
];

describe("POST /webhook-endpoints", () => {
  it("creates an ACTIVE endpoint and shows its secret in this response only", async () => {
    const response = await create(a, {
      url: "https://hooks.example.com/linx",
      description: "Billing backend",
      eventTypes: ["transactions.status-changed"],
    });
    expect(response.status).toBe(201);
    expect(Object.keys(response.body).sort()).toEqual([...ENDPOINT_KEYS, "secret"].sort());
    expect(response.body).toMatchObject({
      url: "https://hooks.example.com/linx",
      description: "Billing backend",
      eventTypes: ["transactions.status-changed"],
      status: "ACTIVE",
      failingSince: null,
    });
    expect(response.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

    const again = await get(a, response.body.id);
    expect(again.status).toBe(200);
    expect(Object.keys(again.body).sort()).toEqual([...ENDPOINT_KEYS].sort());
    const listed = await callApi(collection.GET, "/webhook-endpoints?limit=100", { key: a.apiKey });
    expect(listed.body.data.map((endpoint: { id: string }) => endpoint.id)).toContain(response.body.id);
    expect(JSON.stringify(listed.body)).not.toContain(response.body.secret);
    const audit = await db().auditLog.findFirst({
      where: { businessId: a.id, action: "webhook-endpoint.created", targetId: response.body.id },
      select: { actorType: true, actorId: true },
    });
    expect(audit).toEqual({ actorType: "API_KEY", actorId: a.apiKeyId });
  });

  it("receives every event type when eventTypes is omitted", async () => {
    const response = await create(a, { url: "https://all.example.com/hooks" });
    expect(response.body.eventTypes).toEqual([]);
  });

  it("answers 422 with a clear message for a URL that is not https or points to a private address", async () => {
    allowPrivateTargets(false);
    const cases: [string, RegExp][] = [
      ["not a url", /absolute https:\/\/ URL/],
      ["http://hooks.example.com/x", /must use https/],
      ["ftp://hooks.example.com/x", /must use https/],
      ["https://user:pw@hooks.example.com/x", /user name or password/],
      ["https://localhost/x", /private, loopback or link-local/],
      ["https://127.0.0.1:8443/x", /private, loopback or link-local/],
      ["https://10.1.2.3/x", /private, loopback or link-local/],
      ["https://169.254.169.254/latest", /private, loopback or link-local/],
      ["https://[::1]/x", /private, loopback or link-local/],
    ];
    for (const [url, message] of cases) {
      const response = await create(a, { url });
      expect(response.status, url).toBe(422);
      expect(response.body.error).toMatchObject({
        code: "UNPROCESSABLE",
        message: expect.stringMatching(message),
        details: [{ in: "body", field: "url", message: expect.stringMatching(message) }],
      });
    }
    expect(await db().webhookEndpoint.count({ where: { businessId: a.id, url: { contains: "10.1.2.3" } } })).toBe(0);
  });

  it("answers 422 naming each invalid field", async () => {
    const response = await create(a, {
      url: "https://ok.example.com",
      eventTypes: ["customer.deleted"],
      description: 5,
      extra: true,
    });
    expect(response.status).toBe(422);
    expect(response.body.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      "(root)",
      "description",
      "eventTypes.0",
    ]);
    expect((await create(a, { url: "https://ok.example.com", eventTypes: [] })).status).toBe(422);
  });

  it("creates one endpoint per Idempotency-Key, replaying the first answer", async () => {
    const headers = { "idempotency-key": `endpoint-${a.id}` };
    const first = await create(a, { url: "https://once.example.com/hooks" }, headers);
    const retry = await create(a, { url: "https://once.example.com/hooks" }, headers);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body).toEqual(first.body);
    expect(
      await db().webhookEndpoint.count({ where: { businessId: a.id, url: "https://once.example.com/hooks" } }),
    ).toBe(1);
  });
});

describe("PATCH and DELETE /webhook-endpoints/{id}", () => {
  it("changes the URL, description and event types, suspends and resumes", async () => {
    const { body: endpoint } = await create(a, {
      url: "https://before.example.com/hooks",
      eventTypes: ["customer.created"],
    });
    const changed = await patch(a, endpoint.id, {
      url: "https://after.example.com/hooks",
      description: "New home",
      eventTypes: ["customer.created", "document.accepted"],
    });
    expect(changed).toMatchObject({
      status: 200,
      body: {
        url: "https://after.example.com/hooks",
        description: "New home",
        eventTypes: ["customer.created", "document.accepted"],
      },
    });
    expect((await patch(a, endpoint.id, { eventTypes: null, description: null })).body).toMatchObject({
      eventTypes: [],
      description: null,
    });
    expect((await patch(a, endpoint.id, { status: "SUSPENDED" })).body.status).toBe("SUSPENDED");
    expect((await patch(a, endpoint.id, { status: "ACTIVE" })).body.status).toBe("ACTIVE");
    const actions = await db().auditLog.findMany({
      where: { targetId: endpoint.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action)).toEqual([
      "webhook-endpoint.created",
      "webhook-endpoint.updated",
      "webhook-endpoint.updated",
      "webhook-endpoint.suspended",
      "webhook-endpoint.resumed",
    ]);
  });

  it("answers 422 for an empty change, an unknown field, a bad status or a private URL", async () => {
    const { body: endpoint } = await create(a, { url: "https://patch.example.com/hooks" });
    expect((await patch(a, endpoint.id, {})).status).toBe(422);
    expect((await patch(a, endpoint.id, { secret: "whsec_mine" })).status).toBe(422);
    expect((await patch(a, endpoint.id, { status: "DISABLED" })).body.error.details).toEqual([
      { in: "body", field: "status", message: expect.any(String) },
    ]);
    allowPrivateTargets(false);
    expect((await patch(a, endpoint.id, { url: "https://192.168.1.20/hooks" })).body.error.details).toEqual([
      { in: "body", field: "url", message: expect.stringMatching(/private/) },
    ]);
    expect((await get(a, endpoint.id)).body.url).toBe("https://patch.example.com/hooks");
  });

  it("deletes an endpoint; then it is not found", async () => {
    const { body: endpoint } = await create(a, { url: "https://gone.example.com/hooks" });
    expect(await remove(a, endpoint.id)).toMatchObject({ status: 200, body: { id: endpoint.id, deleted: true } });
    expect((await get(a, endpoint.id)).status).toBe(404);
    expect((await remove(a, endpoint.id)).status).toBe(404);
  });
});

describe("test events, deliveries, rotation and replay over the API", () => {
  it("sends a signed test event and lists the attempt with status, duration and response excerpt", async () => {
    receiver.answer({ status: 200, body: "got it" });
    const { body: endpoint } = await create(a, { url: receiver.url });
    const sent = await post(test.POST, "test", a, endpoint.id);
    expect(sent.status).toBe(202);
    await runDueJobs({ businessId: a.id });

    const request = receiver.received.find((r) => r.headers["webhook-id"] === sent.body.eventId)!;
    expect(new Webhook(endpoint.secret).verify(request.body, request.headers as Record<string, string>)).toMatchObject({
      type: "webhook-endpoint.test",
      data: { endpointId: endpoint.id },
    });
    const listed = await listDeliveries(a, endpoint.id);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([
      {
        id: expect.any(String),
        eventId: sent.body.eventId,
        eventType: "webhook-endpoint.test",
        status: "SUCCEEDED",
        attemptCount: 1,
        nextAttemptAt: null,
        lastAttemptAt: expect.stringMatching(/Z$/),
        createdAt: expect.stringMatching(/Z$/),
        attempts: [
          {
            attemptNumber: 1,
            startedAt: expect.stringMatching(/Z$/),
            durationMs: expect.any(Number),
            responseStatus: 200,
            responseExcerpt: "got it",
            error: null,
          },
        ],
      },
    ]);
    expect((await listDeliveries(a, endpoint.id, "?status=FAILED")).body.data).toEqual([]);
    expect((await listDeliveries(a, endpoint.id, "?status=LOST")).status).toBe(422);
  });

  it("rotates the secret: the new one is shown once, and both sign for 24 hours", async () => {
    receiver.answer({ status: 204 });
    const { body: endpoint } = await create(a, { url: receiver.url });
    const rotated = await post(rotate.POST, "rotate-secret", a, endpoint.id);
    expect(rotated.status).toBe(200);
    expect(rotated.body).toEqual({
      id: endpoint.id,
      secret: expect.stringMatching(/^whsec_/),
      oldSecretsExpireAt: expect.any(String),
    });
    expect(new Date(rotated.body.oldSecretsExpireAt).getTime() - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    const sent = await post(test.POST, "test", a, endpoint.id);
    await runDueJobs({ businessId: a.id });
    const request = receiver.received.find((r) => r.headers["webhook-id"] === sent.body.eventId)!;
    for (const secret of [endpoint.secret, rotated.body.secret])
      expect(new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).toBeTruthy();
  });

  it("replays the failed deliveries since a time, and refuses while the endpoint is suspended", async () => {
    receiver.answer({ status: 500 });
    const { body: endpoint } = await create(a, { url: receiver.url });
    const sent = await post(test.POST, "test", a, endpoint.id);
    const delivery = await db().webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    await db().webhookDelivery.update({ where: { id: delivery.id }, data: { attemptCount: 9 } }); // the last attempt of the schedule is next
    await runDueJobs({ businessId: a.id });
    expect(
      (await listDeliveries(a, endpoint.id, "?status=FAILED")).body.data.map((d: { eventId: string }) => d.eventId),
    ).toEqual([sent.body.eventId]);

    receiver.answer({ status: 200 });
    const since = new Date(Date.now() - 60_000).toISOString();
    await patch(a, endpoint.id, { status: "SUSPENDED" });
    const refused = await post(replay.POST, "replay", a, endpoint.id, { since });
    expect(refused).toMatchObject({
      status: 409,
      body: { error: { code: "CONFLICT", details: { status: "SUSPENDED" } } },
    });
    await patch(a, endpoint.id, { status: "ACTIVE" });
    expect(await post(replay.POST, "replay", a, endpoint.id, { since })).toMatchObject({
      status: 202,
      body: { endpointId: endpoint.id, replayed: 1, hasMore: false },
    });
    await runDueJobs({ businessId: a.id });
    expect((await listDeliveries(a, endpoint.id)).body.data[0]).toMatchObject({
      eventId: sent.body.eventId,
      status: "SUCCEEDED",
    });
    expect(receiver.received.filter((r) => r.headers["webhook-id"] === sent.body.eventId)).toHaveLength(2);
    expect((await post(replay.POST, "replay", a, endpoint.id, { since: "yesterday" })).body.error.details).toEqual([
      { in: "body", field: "since", message: expect.any(String) },
    ]);
  });
});

describe("tenant isolation", () => {
  it("answers another business's endpoint exactly like one that does not exist, and changes nothing", async () => {
    const { body: endpoint } = await create(a, { url: "https://a-only.example.com/hooks" });
    const since = { since: new Date().toISOString() };
    const attempts = [
      await get(b, endpoint.id),
      await patch(b, endpoint.id, { url: "https://b.example.com/stolen" }),
      await remove(b, endpoint.id),
      await post(rotate.POST, "rotate-secret", b, endpoint.id),
      await post(test.POST, "test", b, endpoint.id),
      await post(replay.POST, "replay", b, endpoint.id, since),
      await listDeliveries(b, endpoint.id),
    ];
    const missing = await get(b, "never-created");
    for (const response of attempts)
      expect(response).toMatchObject({
        status: 404,
        body: { error: { code: missing.body.error.code, message: missing.body.error.message } },
      });
    expect((await get(a, endpoint.id)).body).toMatchObject({
      url: "https://a-only.example.com/hooks",
      status: "ACTIVE",
    });
    expect(await db().webhookSecret.count({ where: { endpointId: endpoint.id } })).toBe(1);
    const listed = await callApi(collection.GET, "/webhook-endpoints?limit=100", { key: b.apiKey });
    expect(listed.body.data.map((e: { id: string }) => e.id)).not.toContain(endpoint.id);
  });
});

describe("the endpoint limit", () => {
  it("allows 20 endpoints per business, also when created at once, and answers 409 beyond", async () => {
    const tenant = await createTestBusiness({ name: "Hooks Many" });
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) => create(tenant, { url: `${receiver.url}/many-${i}` })),
    );
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(20);
    const refused = answers.filter((answer) => answer.status === 409);
    expect(refused).toHaveLength(4);
    expect(refused[0]!.body.error).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("20 webhook endpoints"),
      details: { reason: "WEBHOOK_ENDPOINT_LIMIT" },
    });
    expect(await db().webhookEndpoint.count({ where: { businessId: tenant.id } })).toBe(20);
    // Another business is not affected.
    expect((await create(b, { url: `${receiver.url}/other` })).status).toBe(201);
  });
});
