import { describe, expect, it } from "vitest";
import { callApi } from "@/server/api/rest/api-test-kit";
import { createTestBusiness } from "@/server/testing/factories";
import { handleCreateWorkflow } from "@/server/api/rest/linx/create-workflow";
import { db } from "@/server/db";
import { useFakeTwilio } from "@/server/sms/testing/use-fake-twilio";
import { testPhoneNumber } from "@/server/sms/testing/test-phone-number";
import { SYSTEM } from "@/server/services/actor";
import { updateTextLimits } from "@/server/services/businesses/update-text-limits";
import { sendSms } from "./send-sms";

// A leaked API key must not run up an SMS bill: an hourly cap per business and allowed countries,
// checked when a workflow is created and again, atomically, when each text is queued.

const UK_MOBILE = "+447400123456";
const steps = (phoneNumber: string) => [
  { name: "notification", parameters: { phoneNumber } },
  { name: "customer-account", parameters: {} },
];

const { api, useTwilio } = useFakeTwilio("c3");

const workflowCount = (businessId: string) => db().workflow.count({ where: { businessId } });

describe("allowed countries", () => {
  it("refuse a workflow to a number abroad with a 422 naming the field, until the business allows the country", async () => {
    const { apiKey: key, ...business } = await createTestBusiness({ name: "Countries Co" });
    const refused = await callApi(handleCreateWorkflow, "/linx/workflows", {
      method: "POST",
      key,
      body: { title: "Rent", steps: steps(UK_MOBILE) },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(/does not text numbers in GB \(allowed: CA, US|allowed: US, CA/);
    expect(refused.body.error.details).toEqual([
      { in: "body", field: "steps.0.parameters.phoneNumber", message: expect.stringContaining("GB") },
    ]);
    expect(await workflowCount(business.id)).toBe(0);

    await updateTextLimits({
      businessId: business.id,
      actor: SYSTEM,
      input: { smsHourlyCap: 100, smsAllowedCountries: ["us", "GB"] },
    });
    const allowed = await callApi(handleCreateWorkflow, "/linx/workflows", {
      method: "POST",
      key,
      body: { title: "Rent", steps: steps(UK_MOBILE) },
    });
    expect(allowed.status).toBe(201);
  });

  it("keep a text to a country no longer allowed, FAILED, unsent", async () => {
    useTwilio();
    const business = await createTestBusiness({ name: "Abroad Co" });
    const before = api().requests.length;
    const result = await sendSms({ businessId: business.id, to: UK_MOBILE, body: "Hello", origin: "MANUAL" });
    expect(result).toMatchObject({ status: "FAILED", errorCode: "COUNTRY_NOT_ALLOWED", providerMessageId: null });
    expect(api().requests.length).toBe(before);
  });
});

describe("the hourly text cap", () => {
  it("sends at most the cap, records the rest as not sent, then refuses new workflows with a 429 saying why", async () => {
    useTwilio();
    const { apiKey: key, ...business } = await createTestBusiness({ name: "Cap Co" });
    await updateTextLimits({
      businessId: business.id,
      actor: SYSTEM,
      input: { smsHourlyCap: 3, smsAllowedCountries: ["US"] },
    });
    const before = api().requests.length;
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        sendSms({ businessId: business.id, to: testPhoneNumber(), body: "Hi", origin: "MANUAL" }),
      ),
    );
    expect(results.filter((r) => r.status === "QUEUED")).toHaveLength(3);
    expect(results.filter((r) => r.status === "FAILED" && r.errorCode === "HOURLY_TEXT_CAP")).toHaveLength(3);
    expect(api().requests.length - before).toBe(3);

    const refused = await callApi(handleCreateWorkflow, "/linx/workflows", {
      method: "POST",
      key,
      body: { title: "Rent", steps: steps(testPhoneNumber()) },
    });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringContaining("its 3 texts for this hour"),
      details: { reason: "HOURLY_TEXT_CAP" },
    });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await workflowCount(business.id)).toBe(0);

    // Raising the cap lets the next one through at once.
    await updateTextLimits({
      businessId: business.id,
      actor: SYSTEM,
      input: { smsHourlyCap: 4, smsAllowedCountries: ["US"] },
    });
    expect(
      (
        await callApi(handleCreateWorkflow, "/linx/workflows", {
          method: "POST",
          key,
          body: { title: "Rent", steps: steps(testPhoneNumber()) },
        })
      ).status,
    ).toBe(201);
  });
});
