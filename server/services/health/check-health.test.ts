import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "../../env";
import { checkHealth } from "./check-health";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

describe("checkHealth", () => {
  it("names the local inbox only when it is served", async () => {
    expect((await checkHealth()).sms).toEqual({ provider: "local" });
    Object.assign(process.env, { TWILIO_ACCOUNT_SID: `AC${"c3".repeat(16)}`, TWILIO_AUTH_TOKEN: "test-auth-token-0123456789abcdef", TWILIO_FROM_NUMBER: "+15005550006" });
    delete process.env.LINX_DEV_INBOX;
    resetEnvForTests();
    const health = await checkHealth();
    expect(health.sms).toEqual({ provider: "twilio" });
    expect(JSON.stringify(health)).not.toMatch(/local/i);
  });
});
