import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { authenticateStaff } from "@/server/services/staff/authenticate-staff";
import { hashPassword } from "@/server/auth/password";
import { DEMO, seedDemo } from "./seed";

describe("seedDemo", () => {
  it("makes a demo owner who signs in straight to the Portal", async () => {
    const password = "seeded demo password";
    const demo = await seedDemo({ password, apiKey: `lx_test_${"s".repeat(43)}` });
    expect(demo).toMatchObject({ passwordWorks: true, apiKeyWorks: true });
    expect(await authenticateStaff({ email: DEMO.ownerEmail, password })).toMatchObject({ email: DEMO.ownerEmail });
  });

  it("never resets a changed password nor brings back a revoked key on the next start", async () => {
    const password = "seeded demo password";
    const apiKey = `lx_test_${"r".repeat(43)}`;
    await seedDemo({ password, apiKey });
    await db().user.update({
      where: { email: DEMO.ownerEmail },
      data: { passwordHash: await hashPassword("a password the owner chose") },
    });
    const key = await db().apiKey.findFirstOrThrow({
      where: { lastFour: "rrrr", revokedAt: null },
      select: { id: true },
    });
    await db().apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });

    const again = await seedDemo({ password, apiKey });
    expect(again).toMatchObject({ passwordWorks: false, apiKeyWorks: false });
    expect(await authenticateStaff({ email: DEMO.ownerEmail, password })).toBeNull();
    expect(await authenticateStaff({ email: DEMO.ownerEmail, password: "a password the owner chose" })).toMatchObject({
      email: DEMO.ownerEmail,
    });
    expect(await db().apiKey.count({ where: { lastFour: "rrrr", revokedAt: null } })).toBe(0);
  });
});
