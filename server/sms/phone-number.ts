import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import { AppError } from "../errors";

const MESSAGE = "must be a valid phone number in international format, like +14155550123";

/**
 * The number in E.164 ("+14155550123"), or null. Accepts the international form with the usual
 * spaces, dashes and brackets; a national number without "+country" is refused rather than
 * guessed. libphonenumber's metadata rejects numbers no carrier can have (e.g. +1 555 …).
 */
export const toE164 = (input: string): string | null => {
  const trimmed = input.trim();
  if (!trimmed.startsWith("+")) return null;
  const parsed = parsePhoneNumberFromString(trimmed);
  return parsed?.isValid() ? parsed.number : null;
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
export const phoneCountry = (e164: string): string | null => parsePhoneNumberFromString(e164)?.country ?? null;
