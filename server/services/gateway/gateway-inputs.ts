import { z } from "zod";

// What a customer may submit on each Gateway screen. Forms post strings; these schemas trim and
// bound them and give messages a customer can act on.

const name = (label: string) => z.string().trim().min(1, `Enter your ${label}`).max(80, `${label} is too long (80 characters at most)`);
const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => v || undefined);

export const ZCustomerAccountInput = z.object({
  firstName: name("first name"),
  lastName: name("last name"),
  email: z
    .string()
    .trim()
    .max(254)
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.email("Enter an email address like name@example.com").optional()),
});

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date like 1990-04-25")
  .refine((v) => {
    const date = new Date(`${v}T00:00:00Z`);
    const age = (Date.now() - date.getTime()) / (365.25 * 86_400_000);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v) && age >= 13 && age <= 125;
  }, "Enter a real date of birth");

export const ZAddressInput = z.object({
  line1: z.string().trim().min(1, "Enter the street address").max(120),
  line2: optionalText(120),
  city: z.string().trim().min(1, "Enter the city").max(80),
  region: optionalText(80),
  postalCode: z.string().trim().min(3, "Enter the postal code").max(12).regex(/^[A-Za-z0-9 -]+$/, "Enter a valid postal code"),
  country: z.string().trim().length(2, "Use a two-letter country code").toUpperCase().default("US"),
});

export const ZEnhanceProfileInput = z.object({
  salutation: z.enum(["Mr", "Ms", "Mrs", "Mx", "Dr"], { error: "Choose a salutation" }).optional(),
  dateOfBirth: isoDate.optional(),
  addresses: z.object({ PHYSICAL: ZAddressInput.optional(), MAILING: ZAddressInput.optional(), SHIPPING: ZAddressInput.optional() }).default({}),
  phones: z.object({ HOME: z.string().trim().optional(), WORK: z.string().trim().optional() }).default({}),
});

export const ZBankAccountInput = z.object({
  kind: z.literal("bank"),
  holderName: z.string().trim().min(1, "Enter the account holder's name").max(120),
  routingNumber: z.string().trim().regex(/^\d{9}$/, "A routing number has 9 digits"),
  accountNumber: z.string().trim().regex(/^\d{4,17}$/, "An account number has 4 to 17 digits"),
});

export const ZCardInput = z.object({
  kind: z.literal("card"),
  holderName: z.string().trim().min(1, "Enter the name on the card").max(120),
  cardNumber: z
    .string()
    .transform((v) => v.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{12,19}$/, "A card number has 12 to 19 digits")),
  expiry: z.string().trim().regex(/^(0[1-9]|1[0-2])\/\d{2}$/, "Enter the expiry as MM/YY"),
});

export const ZDeclineInput = z
  .object({
    reason: z.enum(["DONT_KNOW_BUSINESS_SENDER", "INCORRECT_AMOUNT", "INCORRECT_DETAILS", "NO_LONGER_NEEDED", "OTHER"], { error: "Choose a reason" }),
    text: optionalText(500),
  })
  .refine((v) => v.reason !== "OTHER" || Boolean(v.text), { message: "Tell us why", path: ["text"] });
