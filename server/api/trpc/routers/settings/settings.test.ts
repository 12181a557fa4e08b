import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { codeOf, createStaffWorld } from "@/server/testing/trpc-callers";

let world: Awaited<ReturnType<typeof createStaffWorld>>;
const settings = {
  smsSenderName: "ALPHA",
  defaultExpireInHours: 168,
  reminderFirstAfterHours: 12,
  reminderEveryHours: 48,
  reminderBeforeExpiryHours: 6,
};

beforeAll(async () => {
  world = await createStaffWorld();
});

describe("settings procedures", () => {
  it("let every member read the defaults and an admin change them, with the changes in the audit log", async () => {
    const { a, as } = world;
    expect(await as("viewerA").settings.get({ businessId: a.id })).toEqual({
      name: "Alpha",
      smsSenderName: null,
      defaultExpireInHours: 2160,
      reminderFirstAfterHours: 24,
      reminderEveryHours: 72,
      reminderBeforeExpiryHours: 24,
      smsHourlyCap: 1000,
      smsAllowedCountries: ["US", "CA"],
    });
    expect(await as("adminA").settings.update({ businessId: a.id, ...settings })).toEqual({
      name: "Alpha",
      ...settings,
      smsHourlyCap: 1000,
      smsAllowedCountries: ["US", "CA"],
    });
    const audit = await db().auditLog.findFirstOrThrow({
      where: { businessId: a.id, action: "business.settings-updated" },
      select: { metadata: true, actorType: true },
    });
    expect(audit.metadata).toMatchObject({
      defaultExpireInHours: { from: 2160, to: 168 },
      smsSenderName: { from: null, to: "ALPHA" },
    });
    // A blank sender name clears it.
    expect(
      (await as("ownerA").settings.update({ businessId: a.id, ...settings, smsSenderName: "" })).smsSenderName,
    ).toBeNull();
  });

  it("refuse viewers and operators a change with FORBIDDEN, changing nothing", async () => {
    const { b, as, users } = world;
    await db().membership.create({ data: { businessId: b.id, userId: users.viewerA, role: "VIEWER" } });
    await db().membership.create({ data: { businessId: b.id, userId: users.operatorA, role: "OPERATOR" } });
    expect(await codeOf(as("viewerA").settings.update({ businessId: b.id, ...settings }))).toBe("FORBIDDEN");
    expect(await codeOf(as("operatorA").settings.update({ businessId: b.id, ...settings }))).toBe("FORBIDDEN");
    expect((await as("viewerA").settings.get({ businessId: b.id })).defaultExpireInHours).toBe(2160);
  });

  it("keep another business's staff out with FORBIDDEN", async () => {
    const { a, as } = world;
    expect(await codeOf(as("ownerB").settings.get({ businessId: a.id }))).toBe("FORBIDDEN");
    expect(
      await codeOf(as("ownerB").settings.update({ businessId: a.id, ...settings, defaultExpireInHours: 1000 })),
    ).toBe("FORBIDDEN");
    expect((await db().business.findUniqueOrThrow({ where: { id: a.id } })).defaultExpireInHours).not.toBe(1000);
  });

  it("let an admin set the hourly text cap and the allowed countries, audited; others are refused", async () => {
    const { a, as } = world;
    const saved = await as("adminA").settings.updateTextLimits({
      businessId: a.id,
      smsHourlyCap: 50,
      smsAllowedCountries: ["mx", "US", "US"],
    });
    expect(saved).toMatchObject({ smsHourlyCap: 50, smsAllowedCountries: ["MX", "US"] });
    expect(await as("viewerA").settings.get({ businessId: a.id })).toMatchObject({
      smsHourlyCap: 50,
      smsAllowedCountries: ["MX", "US"],
    });
    const audit = await db().auditLog.findFirstOrThrow({
      where: { businessId: a.id, action: "business.text-limits-updated" },
      select: { metadata: true },
    });
    expect(audit.metadata).toEqual({
      smsHourlyCap: { from: 1000, to: 50 },
      smsAllowedCountries: { from: ["US", "CA"], to: ["MX", "US"] },
    });
    expect(
      await codeOf(
        as("operatorA").settings.updateTextLimits({
          businessId: a.id,
          smsHourlyCap: 5000,
          smsAllowedCountries: ["US"],
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(
        as("adminA").settings.updateTextLimits({ businessId: a.id, smsHourlyCap: 0, smsAllowedCountries: ["US"] }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        as("adminA").settings.updateTextLimits({ businessId: a.id, smsHourlyCap: 10, smsAllowedCountries: ["XX"] }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        as("adminA").settings.updateTextLimits({ businessId: a.id, smsHourlyCap: 10, smsAllowedCountries: [] }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("reject impossible values with BAD_REQUEST", async () => {
    const { a, as } = world;
    expect(await codeOf(as("adminA").settings.update({ businessId: a.id, ...settings, defaultExpireInHours: 0 }))).toBe(
      "BAD_REQUEST",
    );
    expect(
      await codeOf(as("adminA").settings.update({ businessId: a.id, ...settings, reminderBeforeExpiryHours: 168 })),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        as("adminA").settings.update({ businessId: a.id, ...settings, smsSenderName: "A sender name far too long" }),
      ),
    ).toBe("BAD_REQUEST");
  });
});
