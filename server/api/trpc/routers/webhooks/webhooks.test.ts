import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import { codeOf, createStaffWorld } from "@/server/testing/trpc-callers";
import { startReceiver, type Receiver } from "@/server/webhooks/test-receiver";

let world: Awaited<ReturnType<typeof createStaffWorld>>;
let receiver: Receiver;
let endpointA: string;
const saved = process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS;

beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "true";
  resetEnvForTests();
  world = await createStaffWorld();
  receiver = await startReceiver([{ status: 200, body: "thanks" }]);
  endpointA = (
    await world
      .as("ownerA")
      .webhooks.create({ businessId: world.a.id, url: receiver.url, description: "Seed", eventTypes: [] })
  ).id;
});
afterAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = saved;
  resetEnvForTests();
  await receiver.close();
});

describe("webhooks procedures", () => {
  it("create (secret once), edit, test with its delivery log, rotate, suspend, resume, replay and delete", async () => {
    const { a, as } = world;
    const admin = as("adminA");
    const scope = { businessId: a.id };
    const created = await admin.webhooks.create({
      ...scope,
      url: receiver.url,
      description: "Billing",
      eventTypes: ["customer.created"],
    });
    expect(created).toMatchObject({ status: "ACTIVE", description: "Billing", eventTypes: ["customer.created"] });
    expect(created.secret).toMatch(/^whsec_/);
    const endpointId = created.id;
    const listed = await admin.webhooks.list(scope);
    expect(listed.items.map((e) => e.id)).toContain(endpointId);
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    const edited = await admin.webhooks.update({
      ...scope,
      endpointId,
      fields: { url: receiver.url, description: "", eventTypes: [] },
    });
    expect(edited).toMatchObject({ description: null, eventTypes: [] });

    const { eventId } = await admin.webhooks.sendTest({ ...scope, endpointId });
    await runDueJobs({ businessId: a.id });
    const log = await admin.webhooks.deliveries({ ...scope, endpointId });
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({
      eventId,
      eventType: "webhook-endpoint.test",
      status: "SUCCEEDED",
      attemptCount: 1,
    });
    expect(log.items[0]!.attempts).toEqual([
      expect.objectContaining({ attemptNumber: 1, responseStatus: 200, responseExcerpt: "thanks", error: null }),
    ]);

    const rotated = await admin.webhooks.rotateSecret({ ...scope, endpointId });
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    expect(new Date(rotated.oldSecretsExpireAt).getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);

    expect((await admin.webhooks.update({ ...scope, endpointId, status: "SUSPENDED" })).status).toBe("SUSPENDED");
    expect(await codeOf(admin.webhooks.sendTest({ ...scope, endpointId }))).toBe("CONFLICT");
    expect((await admin.webhooks.update({ ...scope, endpointId, status: "ACTIVE" })).status).toBe("ACTIVE");

    expect(await admin.webhooks.replayEvent({ ...scope, endpointId, eventId })).toEqual({ eventId, replayed: 1 });
    await runDueJobs({ businessId: a.id });
    expect(receiver.received.filter((r) => r.body.includes(eventId))).toHaveLength(2);
    expect(
      await admin.webhooks.replayFailed({
        ...scope,
        endpointId,
        since: new Date(Date.now() - 3_600_000).toISOString(),
      }),
    ).toEqual({ endpointId, replayed: 0, hasMore: false });

    expect(await admin.webhooks.delete({ ...scope, endpointId })).toEqual({ id: endpointId, deleted: true });
    expect(await codeOf(admin.webhooks.get({ ...scope, endpointId }))).toBe("NOT_FOUND");
    const actions = await db().auditLog.findMany({
      where: { businessId: a.id, targetId: endpointId },
      select: { action: true },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((row) => row.action)).toEqual([
      "webhook-endpoint.created",
      "webhook-endpoint.updated",
      "webhook-endpoint.tested",
      "webhook-endpoint.secret-rotated",
      "webhook-endpoint.suspended",
      "webhook-endpoint.resumed",
      "webhook-endpoint.failed-replayed",
      "webhook-endpoint.deleted",
    ]);
  });

  it("refuse a private or non-https URL when private targets are not allowed, and a bad URL as BAD_REQUEST", async () => {
    const scope = { businessId: world.a.id };
    expect(
      await codeOf(world.as("adminA").webhooks.create({ ...scope, url: "not a url", description: "", eventTypes: [] })),
    ).toBe("BAD_REQUEST");
    process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "false";
    resetEnvForTests();
    try {
      expect(
        await codeOf(
          world
            .as("adminA")
            .webhooks.create({ ...scope, url: "https://127.0.0.1/hooks", description: "", eventTypes: [] }),
        ),
      ).toBe("UNPROCESSABLE_CONTENT");
    } finally {
      process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "true";
      resetEnvForTests();
    }
  });

  const everyCall = (businessId: string, endpointId: string, who: ReturnType<typeof world.as>) => [
    who.webhooks.list({ businessId }),
    who.webhooks.get({ businessId, endpointId }),
    who.webhooks.create({ businessId, url: "https://hooks.example.com/sneaky", description: "", eventTypes: [] }),
    who.webhooks.update({ businessId, endpointId, status: "SUSPENDED" }),
    who.webhooks.rotateSecret({ businessId, endpointId }),
    who.webhooks.sendTest({ businessId, endpointId }),
    who.webhooks.deliveries({ businessId, endpointId }),
    who.webhooks.replayEvent({ businessId, endpointId, eventId: "msg_none" }),
    who.webhooks.replayFailed({ businessId, endpointId, since: new Date().toISOString() }),
    who.webhooks.delete({ businessId, endpointId }),
  ];

  const unchanged = async () => {
    expect(
      await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpointA }, select: { status: true } }),
    ).toEqual({ status: "ACTIVE" });
    expect(await db().webhookSecret.count({ where: { endpointId: endpointA } })).toBe(1);
    expect(await db().webhookEndpoint.count({ where: { url: "https://hooks.example.com/sneaky" } })).toBe(0);
  };

  it("refuse viewers and operators every webhook procedure with FORBIDDEN, changing nothing", async () => {
    for (const who of ["viewerA", "operatorA"] as const) {
      for (const call of everyCall(world.a.id, endpointA, world.as(who))) expect(await codeOf(call)).toBe("FORBIDDEN");
    }
    await unchanged();
  });

  it("keep another business's staff out: FORBIDDEN on A, NOT_FOUND for A's endpoint through B", async () => {
    const ownerB = world.as("ownerB");
    for (const call of everyCall(world.a.id, endpointA, ownerB)) expect(await codeOf(call)).toBe("FORBIDDEN");
    const throughB = everyCall(world.b.id, endpointA, ownerB);
    const codes = await Promise.all(throughB.map(codeOf));
    // list and create act on B itself; everything naming A's endpoint is NOT_FOUND.
    expect(codes).toEqual([
      "OK",
      "NOT_FOUND",
      "OK",
      "NOT_FOUND",
      "NOT_FOUND",
      "NOT_FOUND",
      "NOT_FOUND",
      "NOT_FOUND",
      "NOT_FOUND",
      "NOT_FOUND",
    ]);
    expect((await ownerB.webhooks.list({ businessId: world.b.id })).items.map((e) => e.id)).not.toContain(endpointA);
    expect(
      await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpointA }, select: { status: true } }),
    ).toEqual({ status: "ACTIVE" });
    expect(await db().webhookSecret.count({ where: { endpointId: endpointA } })).toBe(1);
  });
});
