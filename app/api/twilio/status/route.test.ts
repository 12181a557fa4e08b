import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { testPhoneNumber } from "@/server/sms/testing/test-phone-number";
import { TEST_TWILIO, twilioWebhookRequest } from "@/server/sms/testing/twilio-webhook-request";
import { POST } from "./route";
import { createTestBusiness } from "@/server/testing/factories";

const saved = { ...process.env };
const appUrl = "https://linx.example.com";
let businessId: string;

beforeAll(async () => {
  ({ id: businessId } = await createTestBusiness({ name: "Twilio status", documents: false, apiKey: false }));
});
afterAll(async () => {
  await db().business.delete({ where: { id: businessId } });
});
beforeEach(() => {
  Object.assign(process.env, TEST_TWILIO, { APP_URL: appUrl });
  resetEnvForTests();
});
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

const message = async () => {
  const providerMessageId = `SM${randomUUID().replace(/-/g, "")}`;
  await db().notification.create({
    data: {
      businessId,
      origin: "INITIAL",
      toNumber: testPhoneNumber(),
      body: "hi",
      status: "QUEUED",
      provider: "twilio",
      providerMessageId,
    },
  });
  return providerMessageId;
};
const statusOf = async (providerMessageId: string) =>
  db().notification.findUniqueOrThrow({ where: { providerMessageId }, select: { status: true, errorCode: true } });
const callback = (params: Record<string, string>, signature?: string) =>
  POST(twilioWebhookRequest("/api/twilio/status", params, { appUrl, signature }));

describe("POST /api/twilio/status", () => {
  it("records delivery reports in order and ignores a late earlier one", async () => {
    const sid = await message();
    expect((await callback({ MessageSid: sid, MessageStatus: "sent" })).status).toBe(204);
    expect(await statusOf(sid)).toEqual({ status: "SENT", errorCode: null });
    await callback({ MessageSid: sid, MessageStatus: "delivered" });
    await callback({ MessageSid: sid, MessageStatus: "sent" });
    expect((await statusOf(sid)).status).toBe("DELIVERED");
  });

  it("keeps the carrier's error code of an undelivered message", async () => {
    const sid = await message();
    await callback({ MessageSid: sid, MessageStatus: "undelivered", ErrorCode: "30003" });
    expect(await statusOf(sid)).toEqual({ status: "UNDELIVERED", errorCode: "30003" });
  });

  it("refuses a request without a valid signature and changes nothing", async () => {
    const sid = await message();
    expect((await callback({ MessageSid: sid, MessageStatus: "delivered" }, "forged")).status).toBe(403);
    const signedWithOtherToken = twilioWebhookRequest(
      "/api/twilio/status",
      { MessageSid: sid, MessageStatus: "delivered" },
      { appUrl, authToken: "another-token-0123456789abcdef" },
    );
    expect((await POST(signedWithOtherToken)).status).toBe(403);
    expect((await statusOf(sid)).status).toBe("QUEUED");
  });

  it("does not exist without Twilio", async () => {
    process.env = { ...saved };
    resetEnvForTests();
    expect((await callback({ MessageSid: "SMx", MessageStatus: "delivered" })).status).toBe(404);
  });
});
