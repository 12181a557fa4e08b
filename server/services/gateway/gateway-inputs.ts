import "server-only";
import { z } from "zod";

// What a customer may submit on each Gateway screen. Forms post strings; these schemas trim and
// bound them. Their messages are keys of the catalogs' `validation` namespace
// (server/i18n/messages), which the Gateway words in the customer's language.

const name = (key: "validation.firstName" | "validation.lastName") =>
  z.string().trim().min(1, key).max(80, "validation.nameTooLong");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

export const ZCustomerAccountInput = z.object({
  firstName: name("validation.firstName"),
  lastName: name("validation.lastName"),
  email: z
    .string()
    .trim()
    .max(254)
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.email("validation.email").optional()),
});

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.dateFormat")
  .refine((v) => {
    const date = new Date(`${v}T00:00:00Z`);
    const age = (Date.now() - date.getTime()) / (365.25 * 86_400_000);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v) && age >= 13 && age <= 125;
  }, "validation.dateOfBirth");

const ZAddressInput = z.object({
  line1: z.string().trim().min(1, "validation.line1").max(120),
  line2: optionalText(120),
  city: z.string().trim().min(1, "validation.city").max(80),
  region: optionalText(80),
  postalCode: z
    .string()
    .trim()
    .min(3, "validation.postalCode")
    .max(12)
    .regex(/^[A-Za-z0-9 -]+$/, "validation.postalCodeFormat"),
  country: z.string().trim().length(2, "validation.country").toUpperCase().default("US"),
});

export const ZEnhanceProfileInput = z.object({
  salutation: z.enum(["Mr", "Ms", "Mrs", "Mx", "Dr"], { error: "validation.salutation" }).optional(),
  dateOfBirth: isoDate.optional(),
  addresses: z
    .object({
      PHYSICAL: ZAddressInput.optional(),
      MAILING: ZAddressInput.optional(),
      SHIPPING: ZAddressInput.optional(),
    })
    .default({}),
  phones: z.object({ HOME: z.string().trim().optional(), WORK: z.string().trim().optional() }).default({}),
});

export const ZBankAccountInput = z.object({
  kind: z.literal("bank"),
  holderName: z.string().trim().min(1, "validation.holderName").max(120),
  routingNumber: z
    .string()
    .trim()
    .regex(/^\d{9}$/, "validation.routingNumber"),
  accountNumber: z
    .string()
    .trim()
    .regex(/^\d{4,17}$/, "validation.accountNumber"),
});

export const ZCardInput = z.object({
  kind: z.literal("card"),
  holderName: z.string().trim().min(1, "validation.cardHolder").max(120),
  cardNumber: z
    .string()
    .transform((v) => v.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{12,19}$/, "validation.cardNumber")),
  expiry: z
    .string()
    .trim()
    .regex(/^(0[1-9]|1[0-2])\/\d{2}$/, "validation.expiry"),
});

export const ZDeclineInput = z
  .object({
    reason: z.enum(
      ["DONT_KNOW_BUSINESS_SENDER", "INCORRECT_AMOUNT", "INCORRECT_DETAILS", "NO_LONGER_NEEDED", "OTHER"],
      { error: "validation.reason" },
    ),
    text: optionalText(500),
  })
  .refine((v) => v.reason !== "OTHER" || Boolean(v.text), { message: "validation.tellUsWhy", path: ["text"] });
