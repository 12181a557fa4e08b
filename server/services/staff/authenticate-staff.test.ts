import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { hashPassword } from "../../auth/password";
import { authenticateStaff, ZStaffCredentials } from "./authenticate-staff";

const email = `Staff-${randomUUID().slice(0, 8)}@Auth.test`;
let userId: string;

beforeAll(async () => {
  userId = (await db().user.create({ data: { email, name: "Sam Staff", passwordHash: await hashPassword("correct horse battery") }, select: { id: true } })).id;
});
afterAll(async () => {
  await db().user.delete({ where: { id: userId } });
});

describe("authenticateStaff", () => {
  it("returns the user for the right password, whatever the email's case", async () => {
    const credentials = ZStaffCredentials.parse({ email: `  ${email.toUpperCase()} `, password: "correct horse battery" });
    expect(await authenticateStaff(credentials)).toEqual({ id: userId, email, name: "Sam Staff" });
  });

  it("returns null for a wrong password and for an unknown email alike", async () => {
    expect(await authenticateStaff({ email: email.toLowerCase(), password: "wrong horse" })).toBeNull();
    expect(await authenticateStaff({ email: "nobody@auth.test", password: "correct horse battery" })).toBeNull();
  });

  it("spends the same bcrypt work on an unknown email (no enumeration by timing)", async () => {
    const time = async (address: string) => {
      const started = performance.now();
      await authenticateStaff({ email: address, password: "wrong horse" });
      return performance.now() - started;
    };
    await time(email.toLowerCase());
    const known = await time(email.toLowerCase());
    const unknown = await time("nobody@auth.test");
    expect(unknown).toBeGreaterThan(known * 0.4);
  });

  it("rejects malformed credentials at the schema", () => {
    expect(ZStaffCredentials.safeParse({ email: "not-an-email", password: "x" }).success).toBe(false);
    expect(ZStaffCredentials.safeParse({ email: "a@b.test", password: "" }).success).toBe(false);
  });
});
