import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { uniqueSuffix } from "../../testing/factories";
import { endStaffSessions } from "./end-staff-sessions";
import { findSessionAccount } from "./staff-account";

describe("endStaffSessions (sign-out)", () => {
  it("voids the signed-out session token on the server, so a copy of the cookie signs no one in", async () => {
    const user = await db().user.create({ data: { email: `out-${uniqueSuffix()}@staff.test`, name: "Out", passwordHash: "x", sessionVersion: 3 }, select: { id: true } });
    expect(await findSessionAccount({ userId: user.id, sessionVersion: 3 })).toMatchObject({ id: user.id });
    expect(await endStaffSessions({ userId: user.id, sessionVersion: 3 })).toEqual({ ended: true });
    expect(await findSessionAccount({ userId: user.id, sessionVersion: 3 })).toBeNull();
    // An already-void token changes nothing, so it cannot sign out the next session.
    expect(await endStaffSessions({ userId: user.id, sessionVersion: 3 })).toEqual({ ended: false });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } })).sessionVersion).toBe(4);
  });
});
