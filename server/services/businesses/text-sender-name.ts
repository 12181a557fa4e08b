import "server-only";
// The name a business signs its texts with: the SMS sender name from Settings when it has one,
// else its own name. Every text LinX sends a customer starts with it ("DEMO CO: …").

export const TEXT_SENDER_SELECT = { name: true, smsSenderName: true } as const;

export const textSenderName = (business: { name: string; smsSenderName: string | null }) =>
  business.smsSenderName?.trim() || business.name;
