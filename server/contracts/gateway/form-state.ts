// What a Gateway form shows after it was posted: messages beside fields (keyed by the field's
// name, e.g. "addresses.PHYSICAL.city"), one message for the whole form, and the non-secret
// values the customer typed, so nothing they entered is lost.
export type FormState = {
  fieldErrors: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
};

export const EMPTY_FORM_STATE: FormState = { fieldErrors: {} };

/**
 * Which form a Gateway post answers (the hidden `intent` field): the page shows the outcome on
 * that form, and the server runs the one service it names.
 */
export const GATEWAY_INTENTS = [
  "customer-account",
  "confirm-profile",
  "enhance-profile",
  "financial-account",
  "confirm-financial-account",
  "accept-documents",
  "confirm-payment",
  "decline",
  "passcode",
  "sms-code",
  "send-code",
  "locale",
] as const;

export type GatewayIntent = (typeof GATEWAY_INTENTS)[number];

/** The posted form and what came of it, shown again on the page. */
export type PostedForm = { intent: GatewayIntent; state: FormState };
