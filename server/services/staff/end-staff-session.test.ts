import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestBusiness, uniqueSuffix } from "@/server/testing/factories";
import type { Actor } from "@/server/services/actor";
import { endStaffSession } from "./end-staff-session";
import { findSessionAccount } from "./staff-account";

const inTwelveHours = () => new Date(Date.now() + 12 * 60 * 60 * 1000);

describe("endStaffSession (sign-out)", () => {
  it("refuses the signed-out session from then on (a copy of its cookie signs no one in), while the user's other session goes on", async () => {
    const business = await createTestBusiness({ name: "Sign-out" });
    const user = await db().user.create({
      data: { email: `out-${uniqueSuffix()}@staff.test`, name: "Out", passwordHash: "x", sessionVersion: 3 },
      select: { id: true },
    });
    await db().membership.create({ data: { userId: user.id, businessId: business.id, role: "OPERATOR" } });
    const actor: Actor = { type: "USER", id: user.id, ipAddress: "203.0.113.4" };
    const here = { userId: user.id, sessionVersion: 3, sessionId: randomUUID() };
    const elsewhere = { ...here, sessionId: randomUUID() };
    expect(await findSessionAccount(here)).toMatchObject({ id: user.id });
    expect(await findSessionAccount(elsewhere)).toMatchObject({ id: user.id });

    expect(
      await endStaffSession({ userId: user.id, sessionId: here.sessionId, expiresAt: inTwelveHours(), actor }),
    ).toEqual({ ended: true });
    expect(await findSessionAccount(here)).toBeNull();
    expect(await findSessionAccount(elsewhere)).toMatchObject({ id: user.id, name: "Out" });
    // The sign-out ended only that session: the user's session version is what it was.
    expect(
      (await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } })).sessionVersion,
    ).toBe(3);

    // Signing out the same session again (a replayed request) changes nothing and is not audited twice.
    expect(
      await endStaffSession({ userId: user.id, sessionId: here.sessionId, expiresAt: inTwelveHours(), actor }),
    ).toEqual({ ended: false });
    const entries = await db().auditLog.findMany({
      where: { targetId: user.id, action: "account.signed-out" },
      select: { businessId: true, actorId: true, ipAddress: true },
    });
    expect(entries).toEqual([{ businessId: business.id, actorId: user.id, ipAddress: "203.0.113.4" }]);
  });
});
