import { z } from "zod";
import { zEmailAddress } from "@/server/mail/email-address";
import { zPhoneNumber } from "@/server/sms/phone-number";

// The step vocabulary: names, order and parameters (README, "Send a first LinX request").
// These schemas are the contract: the REST API, the Portal and templates all validate with them.

export const STEP_ORDER = [
  "notification",
  "customer-account",
  "lookup-profile",
  "enhance-profile",
  "financial-account",
  "lookup-financial-account",
  "document-acceptance",
  "move-money",
] as const;

export type StepNameValue = (typeof STEP_ORDER)[number];

export const STEP_DISPLAY_NAMES: Record<StepNameValue, string> = {
  notification: "Notification",
  "customer-account": "Create your account",
  "lookup-profile": "Confirm your details",
  "enhance-profile": "Complete your profile",
  "financial-account": "Add a payment method",
  "lookup-financial-account": "Confirm your payment method",
  "document-acceptance": "Review documents",
  "move-money": "Review the payment",
};

const id = z.string().trim().min(1).max(64);

/**
 * SMS (the default) texts `phoneNumber`; EMAIL writes to `email` (a `phoneNumber` may come along
 * for the customer's record, and is never texted).
 */
export const ZNotificationFields = z.strictObject({
  phoneNumber: zPhoneNumber.optional(),
  channel: z.enum(["SMS", "EMAIL"]).default("SMS"),
  email: zEmailAddress.optional(),
  introductoryMessage: z.string().trim().max(320).optional(),
});

const ZNotificationParameters = ZNotificationFields.superRefine((parameters, ctx) => {
  if (parameters.channel === "SMS" && !parameters.phoneNumber)
    ctx.addIssue({ code: "custom", path: ["phoneNumber"], message: "a phone number is required for SMS" });
  if (parameters.channel === "SMS" && parameters.email)
    ctx.addIssue({ code: "custom", path: ["email"], message: 'email is only taken with "channel": "EMAIL"' });
  if (parameters.channel === "EMAIL" && !parameters.email)
    ctx.addIssue({ code: "custom", path: ["email"], message: 'an email address is required for "channel": "EMAIL"' });
});

export const ZEnhanceProfileParameters = z.strictObject({
  personalInfo: z
    .array(z.enum(["salutation", "dateOfBirth"]))
    .max(2)
    .default([]),
  address: z
    .array(z.enum(["PHYSICAL", "MAILING", "SHIPPING"]))
    .max(3)
    .default([]),
  phoneNumber: z
    .array(z.enum(["HOME", "WORK"]))
    .max(2)
    .default([]),
});

export const ZMoveMoneyParameters = z.strictObject({
  transactionType: z.enum(["SEND", "REQUEST"]),
  solution: z.enum(["ach", "push-to-card", "wire"]),
  amount: z
    .string()
    .trim()
    .regex(/^\d{1,13}(\.\d{1,2})?$/, 'must be a decimal string with at most two decimals, e.g. "125.00"')
    .refine((v) => Number(v) > 0, "must be greater than 0"),
  currency: z.literal("USD").default("USD"),
  priority: z.enum(["STANDARD", "SAME_DAY", "INSTANT"]).optional(),
  description: z.string().trim().max(140).optional(),
  memo: z.string().trim().max(140).optional(),
  paymentReasonId: z.string().trim().max(64).optional(),
});

export const ZStep = z.discriminatedUnion("name", [
  z.strictObject({ name: z.literal("notification"), parameters: ZNotificationParameters }),
  z.strictObject({ name: z.literal("customer-account"), parameters: z.strictObject({}).default({}) }),
  z.strictObject({ name: z.literal("lookup-profile"), parameters: z.strictObject({ customerId: id }) }),
  z.strictObject({ name: z.literal("enhance-profile"), parameters: ZEnhanceProfileParameters }),
  z.strictObject({
    name: z.literal("financial-account"),
    parameters: z.strictObject({ financialAccountSubType: z.enum(["CHECKING", "SAVING", "CREDIT", "DEBIT"]) }),
  }),
  z.strictObject({
    name: z.literal("lookup-financial-account"),
    parameters: z.strictObject({ customerFinancialAccountId: id }),
  }),
  z.strictObject({
    name: z.literal("document-acceptance"),
    parameters: z.strictObject({
      documents: z
        .array(z.strictObject({ documentId: id }))
        .min(1)
        .max(10),
    }),
  }),
  z.strictObject({ name: z.literal("move-money"), parameters: ZMoveMoneyParameters }),
]);

export type Step = z.infer<typeof ZStep>;

const indexOf = (name: StepNameValue) => STEP_ORDER.indexOf(name);

/** The rules between steps: order, exactly one of each pair, money needs an account. */
export const ZSteps = z
  .array(ZStep)
  .min(2)
  .max(8)
  .superRefine((steps, ctx) => {
    const names = steps.map((step) => step.name);
    const issue = (message: string, index?: number) =>
      ctx.addIssue({ code: "custom", message, path: index === undefined ? [] : [index, "name"] });
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i) issue(`"${name}" appears more than once`, i);
      if (i > 0 && indexOf(name) < indexOf(names[i - 1]!)) issue(`"${name}" must come before "${names[i - 1]}"`, i);
    });
    if (names[0] !== "notification") issue('the first step must be "notification"', 0);
    const has = (name: StepNameValue) => names.includes(name);
    if (has("customer-account") === has("lookup-profile")) {
      issue(
        'exactly one of "customer-account" (a new customer) or "lookup-profile" (an existing customerId) is required',
      );
    }
    if (has("financial-account") && has("lookup-financial-account")) {
      issue('use either "financial-account" or "lookup-financial-account", not both');
    }
    if (has("move-money") && !has("financial-account") && !has("lookup-financial-account")) {
      issue('"move-money" needs a "financial-account" or "lookup-financial-account" step', names.indexOf("move-money"));
    }
    if (has("lookup-financial-account") && !has("lookup-profile")) {
      issue(
        '"lookup-financial-account" needs "lookup-profile": a new customer has no accounts yet',
        names.indexOf("lookup-financial-account"),
      );
    }
  });

/** The step of that name among typed steps, typed as that step. */
export const findStep = <N extends StepNameValue, S extends { name: StepNameValue }>(steps: S[], name: N) =>
  steps.find((step): step is Extract<S, { name: N }> => step.name === name);
