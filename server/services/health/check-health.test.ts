import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/server/env";
import { checkHealth } from "./check-health";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

describe("checkHealth", () => {
  it("names the local inbox only when it is served", async () => {
    expect(await checkHealth()).toMatchObject({ sms: { provider: "local" }, mail: { provider: "local" } });
    Object.assign(process.env, {
      TWILIO_ACCOUNT_SID: `AC${"c3".repeat(16)}`,
      TWILIO_AUTH_TOKEN: "test-auth-token-0123456789abcdef",
      TWILIO_FROM_NUMBER: "+15005550006",
      SMTP_URL: "smtp://127.0.0.1:2525",
      MAIL_FROM: "no-reply@linx.test",
    });
    delete process.env.LINX_DEV_INBOX;
    resetEnvForTests();
    const health = await checkHealth();
    expect(health).toMatchObject({ sms: { provider: "twilio" }, mail: { provider: "smtp" } });
    expect(JSON.stringify(health)).not.toMatch(/local/i);
  });
});
