import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { authenticateApiKey } from "@/server/services/api-keys/authenticate-api-key";
import { codeOf, createStaffWorld } from "@/server/testing/trpc-callers";

let world: Awaited<ReturnType<typeof createStaffWorld>>;

beforeAll(async () => {
  world = await createStaffWorld();
});

describe("apiKeys procedures", () => {
  it("create a key shown once, list it without the secret, and revoke it so it stops working", async () => {
    const { a, as } = world;
    const created = await as("adminA").apiKeys.create({ businessId: a.id, name: "Billing backend", mode: "LIVE" });
    expect(created.key).toMatch(/^lx_live_/);
    expect(created).toMatchObject({ prefix: "lx_live_", lastFour: created.key.slice(-4), revokedAt: null });

    const listed = await as("adminA").apiKeys.list({ businessId: a.id });
    const row = listed.find((key) => key.id === created.id);
    expect(row).toMatchObject({ name: "Billing backend", mode: "LIVE", lastUsedAt: null });
    expect(JSON.stringify(listed)).not.toContain(created.key);

    await authenticateApiKey(created.key);
    expect(
      (await as("ownerA").apiKeys.list({ businessId: a.id })).find((key) => key.id === created.id)?.lastUsedAt,
    ).toEqual(expect.any(String));

    const revoked = await as("ownerA").apiKeys.revoke({ businessId: a.id, apiKeyId: created.id });
    expect(revoked.revokedAt).toEqual(expect.any(String));
    await expect(authenticateApiKey(created.key)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    // Again: nothing changes, no second audit entry.
    expect((await as("ownerA").apiKeys.revoke({ businessId: a.id, apiKeyId: created.id })).revokedAt).toBe(
      revoked.revokedAt,
    );
    const audit = await db().auditLog.findMany({
      where: { businessId: a.id, targetId: created.id },
      select: { action: true, actorType: true, ipAddress: true },
      orderBy: { createdAt: "asc" },
    });
    expect(audit).toEqual([
      { action: "api-key.created", actorType: "USER", ipAddress: "203.0.113.9" },
      { action: "api-key.revoked", actorType: "USER", ipAddress: "203.0.113.9" },
    ]);
  });

  it("refuse viewers and operators every key procedure with FORBIDDEN, changing nothing", async () => {
    const { a, as } = world;
    for (const who of ["viewerA", "operatorA"] as const) {
      expect(await codeOf(as(who).apiKeys.list({ businessId: a.id }))).toBe("FORBIDDEN");
      expect(await codeOf(as(who).apiKeys.create({ businessId: a.id, name: "sneaky", mode: "LIVE" }))).toBe(
        "FORBIDDEN",
      );
      expect(await codeOf(as(who).apiKeys.revoke({ businessId: a.id, apiKeyId: a.apiKeyId }))).toBe("FORBIDDEN");
    }
    expect(await db().apiKey.count({ where: { businessId: a.id, name: "sneaky" } })).toBe(0);
    expect((await db().apiKey.findUniqueOrThrow({ where: { id: a.apiKeyId } })).revokedAt).toBeNull();
  });

  it("keep another business's staff out: FORBIDDEN on A, NOT_FOUND for A's key through B", async () => {
    const { a, b, as } = world;
    expect(await codeOf(as("ownerB").apiKeys.list({ businessId: a.id }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").apiKeys.create({ businessId: a.id, name: "x", mode: "SANDBOX" }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(as("ownerB").apiKeys.revoke({ businessId: a.id, apiKeyId: a.apiKeyId }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").apiKeys.revoke({ businessId: b.id, apiKeyId: a.apiKeyId }))).toBe("NOT_FOUND");
    expect((await as("ownerB").apiKeys.list({ businessId: b.id })).map((key) => key.id)).not.toContain(a.apiKeyId);
    expect((await db().apiKey.findUniqueOrThrow({ where: { id: a.apiKeyId } })).revokedAt).toBeNull();
  });

  it("reject a blank name with BAD_REQUEST", async () => {
    expect(
      await codeOf(world.as("adminA").apiKeys.create({ businessId: world.a.id, name: "  ", mode: "SANDBOX" })),
    ).toBe("BAD_REQUEST");
  });
});
