import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { sendSms } from "@/server/services/sms/send-sms";
import { testPhoneNumber } from "@/server/sms/testing/test-phone-number";
import DevPhonePage from "./page";
import { createTestBusiness } from "@/server/testing/factories";

// The refresher needs a mounted app router; rendering to a string has none.
vi.mock("./auto-refresh", () => ({ AutoRefresh: () => null }));

let businessId: string;
const saved = { ...process.env };

beforeAll(async () => {
  ({ id: businessId } = await createTestBusiness({ name: "Dev phone", documents: false, apiKey: false }));
});
afterAll(async () => {
  await db().business.delete({ where: { id: businessId } });
});
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

const render = async (to?: string) =>
  renderToStaticMarkup(await DevPhonePage({ searchParams: Promise.resolve(to === undefined ? {} : { to }) }));

describe("/dev/phone", () => {
  it("shows a number's texts as bubbles, oldest first, with clickable links", async () => {
    const to = testPhoneNumber();
    await sendSms({ businessId, to, body: "Demo Co: confirm here https://linx.test/l/tok1", origin: "INITIAL" });
    await sendSms({ businessId, to, body: "Reminder: https://linx.test/l/tok1", origin: "REMINDER" });

    const html = await render(to);
    expect(html).toContain('<label for="to"');
    expect(html).toContain(`Texts to ${to}`);
    expect(html).toContain('<a href="https://linx.test/l/tok1"');
    expect(html.indexOf("Demo Co: confirm here")).toBeLessThan(html.indexOf("Reminder:"));
    expect(html).toMatch(/<li id="latest"[^>]*>.*Reminder:/s);
    expect(html).toContain("first text");
    expect(html).toContain(`href="/dev/phone?to=${encodeURIComponent(to)}#latest"`);
  });

  it("offers the form alone without a number, and says so for an invalid one", async () => {
    const empty = await render();
    expect(empty).toContain("Open inbox");
    expect(empty).not.toContain("Texts to +");
    const invalid = await render("12345");
    expect(invalid).toContain('role="alert"');
    expect(invalid).toContain("is not a valid phone number");
  });

  it("does not exist when Twilio sends real SMS", async () => {
    Object.assign(process.env, {
      TWILIO_ACCOUNT_SID: `AC${"d4".repeat(16)}`,
      TWILIO_AUTH_TOKEN: "test-auth-token-0123456789abcdef",
      TWILIO_FROM_NUMBER: "+15005550006",
    });
    resetEnvForTests();
    await expect(render(testPhoneNumber())).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });
});
