import { beforeAll, describe, expect, it } from "vitest";
import { codeOf, createStaffWorld } from "@/server/testing/trpc-callers";

let world: Awaited<ReturnType<typeof createStaffWorld>>;

beforeAll(async () => {
  world = await createStaffWorld();
  const { a, as } = world;
  await as("adminA").apiKeys.create({ businessId: a.id, name: "one", mode: "SANDBOX" });
  await as("ownerA").apiKeys.create({ businessId: a.id, name: "two", mode: "LIVE" });
  await as("ownerA").business.rename({ businessId: a.id, name: "Alpha Ltd" });
});

describe("auditLog.list", () => {
  it("shows who did what, from where, newest first, with names resolved", async () => {
    const { a, as, users } = world;
    const { items } = await as("adminA").auditLog.list({ businessId: a.id });
    expect(items.slice(0, 3).map((entry) => entry.action)).toEqual([
      "business.renamed",
      "api-key.created",
      "api-key.created",
    ]);
    expect(items[0]).toMatchObject({
      actorType: "USER",
      actorId: users.ownerA,
      actorLabel: expect.stringContaining("ownerA"),
      ipAddress: "203.0.113.9",
    });
    // The factory's key and documents were made by LinX itself.
    expect(items.at(-1)).toMatchObject({ actorType: "SYSTEM", actorLabel: null });
  });

  it("filters by actor, action and day, and pages with a cursor", async () => {
    const { a, as, users } = world;
    const list = (filters: object, extra: object = {}) =>
      as("adminA").auditLog.list({ businessId: a.id, filters, ...extra });
    expect((await list({ actorType: "USER", actorId: users.adminA })).items.map((entry) => entry.action)).toEqual([
      "api-key.created",
    ]);
    expect((await list({ action: "api-key.created" })).items).toHaveLength(3);
    const today = new Date().toISOString().slice(0, 10);
    expect((await list({ from: today, to: today })).items.length).toBeGreaterThan(3);
    expect((await list({ to: "2000-01-01" })).items).toEqual([]);
    const first = await list({}, { limit: 2 });
    const second = await list({}, { limit: 2, cursor: first.nextCursor });
    expect(second.items[0]?.id).not.toBe(first.items[1]?.id);
    expect(await codeOf(list({ from: "2026-05-02", to: "2026-05-01" }))).toBe("BAD_REQUEST");
  });

  it("is for owners and admins only, and never shows another business", async () => {
    const { a, b, as } = world;
    expect(await codeOf(as("viewerA").auditLog.list({ businessId: a.id }))).toBe("FORBIDDEN");
    expect(await codeOf(as("operatorA").auditLog.list({ businessId: a.id }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").auditLog.list({ businessId: a.id }))).toBe("FORBIDDEN");
    const { items } = await as("ownerB").auditLog.list({ businessId: b.id });
    expect(items.map((entry) => entry.action)).not.toContain("business.renamed");
  });
});
