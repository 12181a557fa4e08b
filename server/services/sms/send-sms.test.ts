import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLogsForTests } from "@/server/observability/logger";
import { db } from "@/server/db";
import { useFakeTwilio } from "@/server/sms/testing/use-fake-twilio";
import { testPhoneNumber } from "@/server/sms/testing/test-phone-number";
import { sendSms } from "./send-sms";
import { createTestBusiness } from "@/server/testing/factories";

let businessId: string;
const { api, useTwilio } = useFakeTwilio("b2");

beforeAll(async () => {
  ({ id: businessId } = await createTestBusiness({ name: "SMS", documents: false, apiKey: false }));
});
afterAll(async () => {
  await db().business.delete({ where: { id: businessId } });
});

const row = (id: string) => db().notification.findUniqueOrThrow({ where: { id } });

describe("sendSms", () => {
  it("records and delivers through the local sender", async () => {
    const to = testPhoneNumber();
    const result = await sendSms({
      businessId,
      to: to.replace("+1415", "+1 (415) "),
      body: "Hello from Demo Co",
      origin: "MANUAL",
      notifiedBy: "user:u1",
    });
    expect(result).toEqual({
      id: expect.any(String),
      status: "DELIVERED",
      providerMessageId: expect.stringMatching(/^local_/),
      errorCode: null,
    });
    expect(await row(result.id)).toMatchObject({
      businessId,
      toNumber: to,
      body: "Hello from Demo Co",
      origin: "MANUAL",
      notifiedBy: "user:u1",
      provider: "local",
      serial: null,
      sentAt: expect.any(Date),
    });
  });

  it("suppresses a number that opted out, without sending", async () => {
    useTwilio();
    const to = testPhoneNumber();
    await db().smsOptOut.create({ data: { phoneNumber: to } });
    const before = api().requests.length;
    const result = await sendSms({ businessId, to, body: "Reminder", origin: "REMINDER" });
    expect(result).toMatchObject({ status: "SUPPRESSED", providerMessageId: null });
    expect(await row(result.id)).toMatchObject({ status: "SUPPRESSED", notifiedBy: "system", sentAt: null });
    expect(api().requests.length).toBe(before);
  });

  it("sends through Twilio when it is configured", async () => {
    useTwilio();
    const to = testPhoneNumber();
    const result = await sendSms({ businessId, to, body: "Your code is 123456", origin: "OTP" });
    expect(result).toMatchObject({ status: "QUEUED", providerMessageId: expect.stringMatching(/^SM/) });
    expect(api().requests.at(-1)!.form).toMatchObject({ To: to, From: "+15005550006", Body: "Your code is 123456" });
    expect((await row(result.id)).provider).toBe("twilio");
  });

  it("keeps a FAILED row with the provider's error code when the provider refuses", async () => {
    useTwilio();
    const logs = captureLogsForTests({ level: "warn" });
    api().failNext({ status: 400, code: 21610, message: "Attempt to send to unsubscribed recipient" });
    const to = testPhoneNumber();
    const result = await sendSms({ businessId, to, body: "hi", origin: "MANUAL" });
    expect(result).toMatchObject({ status: "FAILED", errorCode: "21610", providerMessageId: null });
    expect(await row(result.id)).toMatchObject({ status: "FAILED", errorCode: "21610" });
    // 21610 means Twilio has the number opted out: the next text is suppressed here.
    expect((await sendSms({ businessId, to, body: "again", origin: "MANUAL" })).status).toBe("SUPPRESSED");
    logs.restore();
    expect(logs.entries()).toContainEqual(
      expect.objectContaining({
        component: "sms",
        provider: "twilio",
        errorCode: "21610",
        msg: "provider refused a text",
      }),
    );
  });

  it("logs a refusal without the number or the text, even when the provider's message quotes them", async () => {
    useTwilio();
    const logs = captureLogsForTests({ level: "warn" });
    const to = testPhoneNumber();
    api().failNext({ status: 400, code: 21211, message: `The 'To' number ${to} is not a valid phone number.` });
    await sendSms({ businessId, to, body: "Your secret memo", origin: "MANUAL" });
    logs.restore();
    const logged = logs.text();
    expect(logged).toContain("21211");
    expect(logged).not.toContain(to.slice(2));
    expect(logged).not.toContain("secret memo");
  });

  it("refuses a number that is not E.164 before writing anything", async () => {
    const count = await db().notification.count({ where: { businessId } });
    await expect(sendSms({ businessId, to: "555-0100", body: "hi", origin: "MANUAL" })).rejects.toMatchObject({
      code: "UNPROCESSABLE",
    });
    await expect(sendSms({ businessId, to: testPhoneNumber(), body: "  ", origin: "MANUAL" })).rejects.toMatchObject({
      code: "UNPROCESSABLE",
    });
    expect(await db().notification.count({ where: { businessId } })).toBe(count);
  });

  it("numbers a workflow's texts 1, 2, 3 in sending order, also when sent at once", async () => {
    const to = testPhoneNumber();
    const workflow = await db().workflow.create({
      data: {
        businessId,
        title: "Rent",
        phoneNumber: to,
        expireAt: new Date(Date.now() + 86_400_000),
        tokenHash: randomUUID(),
        linkNonce: randomUUID(),
      },
      select: { id: true },
    });
    const first = await sendSms({ businessId, workflowId: workflow.id, to, body: "first", origin: "INITIAL" });
    const more = await Promise.all(
      [1, 2, 3].map((n) =>
        sendSms({ businessId, workflowId: workflow.id, to, body: `reminder ${n}`, origin: "REMINDER" }),
      ),
    );
    expect((await row(first.id)).serial).toBe(1);
    const serials = await Promise.all(more.map(async (r) => (await row(r.id)).serial));
    expect(serials.sort()).toEqual([2, 3, 4]);
  });
});
