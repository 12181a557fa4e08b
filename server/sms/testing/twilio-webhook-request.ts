import twilio from "twilio";

export const TEST_TWILIO = {
  TWILIO_ACCOUNT_SID: `AC${"e5".repeat(16)}`,
  TWILIO_AUTH_TOKEN: "test-auth-token-0123456789abcdef",
  TWILIO_FROM_NUMBER: "+15005550006",
};

/** A webhook request as Twilio sends it: form body, signed over APP_URL + path with the auth token. */
export const twilioWebhookRequest = (
  path: string,
  params: Record<string, string>,
  {
    appUrl,
    authToken = TEST_TWILIO.TWILIO_AUTH_TOKEN,
    signature,
  }: { appUrl: string; authToken?: string; signature?: string },
) =>
  new Request(`http://127.0.0.1:3999${path}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "X-Twilio-Signature": signature ?? twilio.getExpectedTwilioSignature(authToken, `${appUrl}${path}`, params),
    },
    body: new URLSearchParams(params).toString(),
  });
