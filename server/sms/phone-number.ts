import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import { AppError } from "@/server/errors";

const MESSAGE = "must be a valid phone number in international format, like +14155550123";

// Parsing a number with libphonenumber's metadata costs more CPU than anything else in a
// workflow's validation, and one request parses the same number up to three times (the REST
// schema, the service's schema, the country check). The last few hundred answers are kept; the
// answer for a string never changes, so this only saves work.
type Parsed = { e164: string | null; country: string | null };
const MAX_REMEMBERED = 512;
// Longer strings are parsed (and refused) but not kept, so the cache stays small whatever is sent.
const MAX_REMEMBERED_LENGTH = 40;
const remembered = new Map<string, Parsed>();

const parse = (input: string): Parsed => {
  const known = remembered.get(input);
  if (known) return known;
  const parsed = parsePhoneNumberFromString(input);
  const answer = { e164: parsed?.isValid() ? parsed.number : null, country: parsed?.country ?? null };
  if (input.length > MAX_REMEMBERED_LENGTH) return answer;
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(input, answer);
  return answer;
};

/**
 * The number in E.164 ("+14155550123"), or null. Accepts the international form with the usual
 * spaces, dashes and brackets; a national number without "+country" is refused rather than
 * guessed. libphonenumber's metadata rejects numbers no carrier can have (e.g. +1 555 …).
 */
export const toE164 = (input: string): string | null => {
  const trimmed = input.trim();
  if (!trimmed.startsWith("+")) return null;
  return parse(trimmed).e164;
};

/** toE164 for services: throws AppError UNPROCESSABLE naming the field. */
export const parsePhoneNumber = (input: string, field = "phoneNumber"): string => {
  const e164 = toE164(input);
  if (!e164) throw new AppError("UNPROCESSABLE", `${field} ${MESSAGE}`, { field });
  return e164;
};

/** For zod input schemas: validates and normalizes to E.164. */
export const zPhoneNumber = z.string().transform((value, ctx) => {
  const e164 = toE164(value);
  if (!e164) {
    ctx.addIssue({ code: "custom", message: MESSAGE });
    return z.NEVER;
  }
  return e164;
});

/** The ISO 3166 alpha-2 country of an E.164 number ("US"), or null when no country owns it. */
export const phoneCountry = (e164: string): string | null => parse(e164).country;
