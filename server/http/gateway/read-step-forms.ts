// Turns a Gateway form's FormData into the plain input its service validates. No checks here
// beyond shape: the service's zod schema is the one contract, and its messages reach the form.

const ADDRESS_TYPES = ["PHYSICAL", "MAILING", "SHIPPING"] as const;
const ADDRESS_FIELDS = ["line1", "line2", "city", "region", "postalCode", "country"] as const;
const PHONE_TYPES = ["HOME", "WORK"] as const;
const MAX_FIELD = 2_000;

/** A posted text field, or "" when it is missing or a file. Capped so no one string gets huge. */
export const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, MAX_FIELD) : "";
};

export const readCustomerAccount = (form: FormData) => ({
  firstName: text(form, "firstName"),
  lastName: text(form, "lastName"),
  email: text(form, "email"),
});

/** "+1 (415) 555-0123" → "+14155550123": people type spaces and dashes; E.164 has none. */
export const normalizePhone = (value: string) => value.replace(/[\s().-]/g, "");

/**
 * Only the address types and phones the form showed are posted, so their presence says which
 * were asked; the service still decides what it needs and ignores anything else.
 */
export const readEnhancedProfile = (form: FormData) => {
  const addresses: Partial<Record<(typeof ADDRESS_TYPES)[number], Record<(typeof ADDRESS_FIELDS)[number], string>>> =
    {};
  for (const type of ADDRESS_TYPES) {
    if (!form.has(`addresses.${type}.line1`)) continue;
    addresses[type] = Object.fromEntries(
      ADDRESS_FIELDS.map((field) => [field, text(form, `addresses.${type}.${field}`)]),
    ) as Record<(typeof ADDRESS_FIELDS)[number], string>;
  }
  const phones: Partial<Record<(typeof PHONE_TYPES)[number], string>> = {};
  for (const type of PHONE_TYPES)
    if (form.has(`phones.${type}`)) phones[type] = normalizePhone(text(form, `phones.${type}`));
  // A shown but empty field is posted as "", so its schema names it along with every other problem.
  return {
    salutation: (form.has("salutation") ? text(form, "salutation") : undefined) as
      | "Mr"
      | "Ms"
      | "Mrs"
      | "Mx"
      | "Dr"
      | undefined,
    dateOfBirth: form.has("dateOfBirth") ? text(form, "dateOfBirth") : undefined,
    addresses,
    phones,
  };
};

/** "0128", "1/28", "01 / 28" → "01/28", so a numeric keypad is enough to type an expiry. */
export const normalizeExpiry = (value: string) => {
  const compact = value.replace(/\s/g, "");
  const match = /^(\d{1,2})\/?(\d{2})$/.exec(compact);
  if (!match) return value.trim();
  return `${match[1]!.padStart(2, "0")}/${match[2]}`;
};

export const readFinancialAccount = (form: FormData) =>
  text(form, "kind") === "card"
    ? {
        kind: "card" as const,
        holderName: text(form, "holderName"),
        cardNumber: text(form, "cardNumber"),
        expiry: normalizeExpiry(text(form, "expiry")),
      }
    : {
        kind: "bank" as const,
        holderName: text(form, "holderName"),
        routingNumber: text(form, "routingNumber").replace(/\s/g, ""),
        accountNumber: text(form, "accountNumber").replace(/\s/g, ""),
      };

/** The version ids of the documents whose box was ticked. */
export const readDocumentVersionIds = (form: FormData) =>
  form
    .getAll("documentVersionIds")
    .filter((value): value is string => typeof value === "string" && value.length > 0 && value.length <= 64)
    .slice(0, 20);

export const readDecline = (form: FormData) => ({
  reason: text(form, "reason") as
    | "DONT_KNOW_BUSINESS_SENDER"
    | "INCORRECT_AMOUNT"
    | "INCORRECT_DETAILS"
    | "NO_LONGER_NEEDED"
    | "OTHER",
  text: text(form, "text"),
});

/** The fields worth giving back after an error: everything except secrets such as card and account numbers. */
export const echoValues = (form: FormData, names: string[]) =>
  Object.fromEntries(names.filter((name) => form.has(name)).map((name) => [name, text(form, name)]));

export const ENHANCED_PROFILE_FIELDS = [
  "salutation",
  "dateOfBirth",
  ...ADDRESS_TYPES.flatMap((type) => ADDRESS_FIELDS.map((field) => `addresses.${type}.${field}`)),
  ...PHONE_TYPES.map((type) => `phones.${type}`),
];
