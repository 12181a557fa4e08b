import { afterAll, afterEach, beforeAll } from "vitest";
import { resetEnvForTests } from "@/server/env";
import { startFakeTwilioApi, type FakeTwilioApi } from "./fake-twilio-api";

/**
 * For a test file that sends through the real Twilio SDK: a fake Twilio API on loopback for the
 * file, the environment restored after each test, and `useTwilio()` to point the app at the fake.
 * `sidByte` keeps each file's account SID (and so its message SIDs) apart from other files'.
 */
export const useFakeTwilio = (sidByte: string) => {
  const saved = { ...process.env };
  let fake: FakeTwilioApi | undefined;
  beforeAll(async () => {
    fake = await startFakeTwilioApi();
  });
  afterAll(async () => {
    await fake?.close();
  });
  afterEach(() => {
    process.env = { ...saved };
    resetEnvForTests();
  });
  const api = () => {
    if (!fake) throw new Error("the fake Twilio API starts in beforeAll");
    return fake;
  };
  const useTwilio = () => {
    Object.assign(process.env, {
      TWILIO_ACCOUNT_SID: `AC${sidByte.repeat(16)}`,
      TWILIO_AUTH_TOKEN: "test-auth-token-0123456789abcdef",
      TWILIO_FROM_NUMBER: "+15005550006",
      TWILIO_API_BASE_URL: api().url,
    });
    resetEnvForTests();
  };
  return { api, useTwilio };
};
