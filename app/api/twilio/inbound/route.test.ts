import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { testPhoneNumber } from "@/server/sms/testing/test-phone-number";
import { TEST_TWILIO, twilioWebhookRequest } from "@/server/sms/testing/twilio-webhook-request";
import { endlessBody, streamingPost } from "@/server/testing/endless-body";
import { POST } from "./route";

const saved = { ...process.env };
const appUrl = "https://linx.example.com";

beforeEach(() => {
  Object.assign(process.env, TEST_TWILIO, { APP_URL: appUrl });
  resetEnvForTests();
});
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

const inbound = (from: string, body: string, signature?: string) =>
  POST(
    twilioWebhookRequest(
      "/api/twilio/inbound",
      { From: from, Body: body, To: TEST_TWILIO.TWILIO_FROM_NUMBER, MessageSid: "SM1" },
      { appUrl, signature },
    ),
  );
const optedOut = async (phoneNumber: string) => (await db().smsOptOut.count({ where: { phoneNumber } })) === 1;

describe("POST /api/twilio/inbound", () => {
  it("records STOP, removes it on START, answers HELP, with TwiML", async () => {
    const from = testPhoneNumber();
    const stop = await inbound(from, "Stop");
    expect(stop.status).toBe(200);
    expect(stop.headers.get("content-type")).toContain("text/xml");
    expect(await stop.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect(await optedOut(from)).toBe(true);
    expect((await inbound(from, "STOP")).status).toBe(200); // twice is fine

    const start = await inbound(from, "start");
    expect(await start.text()).toContain("<Message>LinX: you will receive texts");
    expect(await optedOut(from)).toBe(false);

    expect(await (await inbound(from, "HELP")).text()).toContain("Reply STOP to opt out");
    expect(await optedOut(from)).toBe(false);
  });

  it("ignores other texts", async () => {
    const from = testPhoneNumber();
    expect(await (await inbound(from, "who is this?")).text()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response/>',
    );
    expect(await optedOut(from)).toBe(false);
  });

  it("refuses an unsigned request and records nothing", async () => {
    const from = testPhoneNumber();
    expect((await inbound(from, "STOP", "forged")).status).toBe(403);
    expect(await optedOut(from)).toBe(false);
  });
});

describe("POST /api/twilio/inbound, body size", () => {
  it("stops reading a chunked body past 64 KiB and answers 413, before checking any signature", async () => {
    const { stream, pulled } = endlessBody();
    const response = await POST(
      streamingPost(`${appUrl}/api/twilio/inbound`, stream, {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": "x",
      }),
    );
    expect(response.status).toBe(413);
    expect(pulled.cancelled).toBe(true);
  });
});
