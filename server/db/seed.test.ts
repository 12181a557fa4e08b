import { describe, expect, it } from "vitest";
import { db } from "../db";
import { authenticateStaff } from "../services/staff/authenticate-staff";
import { DEMO, seedDemo } from "./seed";

describe("seedDemo", () => {
  it("makes a demo owner who signs in straight to the Portal (no password to choose first)", async () => {
    const password = "seeded demo password";
    await seedDemo({ password, apiKey: `lx_test_${"s".repeat(43)}` });
    const owner = await db().user.findUniqueOrThrow({ where: { email: DEMO.ownerEmail }, select: { passwordChangeRequired: true } });
    expect(owner.passwordChangeRequired).toBe(false);
    expect(await authenticateStaff({ email: DEMO.ownerEmail, password })).toMatchObject({ email: DEMO.ownerEmail });
  });
});
