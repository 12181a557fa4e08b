import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { sendSms } from "@/server/services/sms/send-sms";
import { testPhoneNumber } from "@/server/sms/testing/test-phone-number";
import { GET } from "./route";
import { createTestBusiness } from "@/server/testing/factories";

let businessId: string;
const saved = { ...process.env };

beforeAll(async () => {
  ({ id: businessId } = await createTestBusiness({ name: "Dev inbox", documents: false, apiKey: false }));
});
afterAll(async () => {
  await db().business.delete({ where: { id: businessId } });
});
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

const get = (query: string) => GET(new NextRequest(`http://localhost:3999/api/dev/sms${query}`));

describe("GET /api/dev/sms", () => {
  it("lists the texts a number received, newest first", async () => {
    const to = testPhoneNumber();
    await sendSms({ businessId, to, body: "first https://x.test/l/1", origin: "INITIAL" });
    await sendSms({ businessId, to, body: "second", origin: "REMINDER" });
    await sendSms({ businessId, to: testPhoneNumber(), body: "someone else", origin: "INITIAL" });
    await db().smsOptOut.create({ data: { phoneNumber: to } });
    await sendSms({ businessId, to, body: "suppressed", origin: "REMINDER" });

    for (const query of [`?to=${encodeURIComponent(to)}`, `?to=${to}`]) {
      const response = await get(query);
      expect(response.status).toBe(200);
      const { data } = await response.json();
      expect(data).toEqual([
        { to, body: "second", origin: "REMINDER", createdAt: expect.any(String) },
        { to, body: "first https://x.test/l/1", origin: "INITIAL", createdAt: expect.any(String) },
      ]);
      expect(Date.parse(data[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(data[1].createdAt));
    }
  });

  it("answers 400 for a missing or invalid number", async () => {
    for (const query of ["", "?to=", "?to=12345", "?to=%2B1555"]) {
      const response = await get(query);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatchObject({
        code: "BAD_REQUEST",
        details: [{ in: "query", field: "to" }],
      });
    }
  });

  it("is never served on a real database unless LINX_DEV_INBOX=1 asks for it", async () => {
    delete process.env.LINX_DEV_INBOX;
    delete process.env.TWILIO_ACCOUNT_SID;
    resetEnvForTests();
    // DATABASE_URL is set (a test database): without Twilio the app refuses to run at all.
    await expect(get(`?to=${encodeURIComponent(testPhoneNumber())}`)).rejects.toThrow(/LINX_DEV_INBOX=1/);
  });

  it("does not exist when Twilio sends real SMS, even with LINX_DEV_INBOX=1", async () => {
    Object.assign(process.env, {
      TWILIO_ACCOUNT_SID: `AC${"c3".repeat(16)}`,
      TWILIO_AUTH_TOKEN: "test-auth-token-0123456789abcdef",
      TWILIO_FROM_NUMBER: "+15005550006",
    });
    resetEnvForTests();
    const response = await get(`?to=${encodeURIComponent(testPhoneNumber())}`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("NOT_FOUND");
  });
});
