import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeTwilioApi, type FakeTwilioApi } from "@/server/sms/testing/fake-twilio-api";
import { createTwilioSender, TwilioSendError } from "./twilio-sender";

const accountSid = `AC${"a1".repeat(16)}`;
const authToken = "test-auth-token-0123456789abcdef";
let fake: FakeTwilioApi;

beforeAll(async () => {
  fake = await startFakeTwilioApi();
});
afterAll(async () => {
  await fake.close();
});

const sender = (statusCallbackUrl?: string) =>
  createTwilioSender({ accountSid, authToken, from: "+15005550006", apiBaseUrl: fake.url, statusCallbackUrl });

describe("Twilio sender (real SDK against a fake Twilio API)", () => {
  it("posts To, From, Body and the status callback with Basic auth, and returns the message sid", async () => {
    const result = await sender("https://linx.example.com/api/twilio/status").send({
      to: "+14155550123",
      body: "Your link: https://x.test/l/abc",
    });

    expect(result).toEqual({ providerMessageId: expect.stringMatching(/^SM[0-9a-f]{32}$/), status: "QUEUED" });
    const request = fake.requests.at(-1)!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe(`/2010-04-01/Accounts/${accountSid}/Messages.json`);
    expect(request.form).toEqual({
      To: "+14155550123",
      From: "+15005550006",
      Body: "Your link: https://x.test/l/abc",
      StatusCallback: "https://linx.example.com/api/twilio/status",
    });
    expect(request.authorization).toBe(`Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`);
  });

  it("leaves the status callback out when there is none", async () => {
    await sender().send({ to: "+14155550123", body: "hi" });
    expect(fake.requests.at(-1)!.form).not.toHaveProperty("StatusCallback");
  });

  it("turns Twilio's error response into a TwilioSendError with Twilio's code", async () => {
    fake.failNext({ status: 400, code: 21211, message: "The 'To' number +14155550123 is not a valid phone number." });
    const attempt = sender().send({ to: "+14155550123", body: "hi" });
    await expect(attempt).rejects.toBeInstanceOf(TwilioSendError);
    await expect(attempt).rejects.toMatchObject({ errorCode: "21211" });
  });

  it("reports an unreachable API as a NETWORK error", async () => {
    const closed = await startFakeTwilioApi();
    await closed.close();
    const unreachable = createTwilioSender({ accountSid, authToken, from: "+15005550006", apiBaseUrl: closed.url });
    await expect(unreachable.send({ to: "+14155550123", body: "hi" })).rejects.toMatchObject({ errorCode: "NETWORK" });
  });
});
