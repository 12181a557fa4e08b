import { env } from "@/server/env";
import { localSender } from "./local-sender";
import type { SmsSender } from "./sms-message";
import { createTwilioSender } from "./twilio-sender";

const isLoopback = (url: string) => ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url).hostname);

/** The sender the environment configures: Twilio when its credentials are set, else the local inbox. */
export const smsSender = (): SmsSender => {
  const config = env();
  if (config.smsProvider === "local") return localSender;
  return createTwilioSender({
    accountSid: config.TWILIO_ACCOUNT_SID!,
    authToken: config.TWILIO_AUTH_TOKEN!,
    from: config.TWILIO_FROM_NUMBER!,
    apiBaseUrl: config.TWILIO_API_BASE_URL,
    // Twilio cannot call back a loopback address; status then stays as Twilio first reported it.
    statusCallbackUrl: isLoopback(config.APP_URL) ? undefined : `${config.APP_URL}/api/twilio/status`,
  });
};
