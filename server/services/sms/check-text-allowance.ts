import "server-only";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { phoneCountry } from "@/server/sms/phone-number";
import { currentTextWindow, textCounterKey } from "./text-window";

/** What the business may text this hour, read before a workflow is created. */
export type TextAllowance = {
  cap: number;
  countries: string[];
  /** Texts counted in the hour the allowance was read in… */
  used: number;
  /** …which ends here. */
  windowEnd: Date;
};

export type CheckTextAllowanceInput = {
  businessId: string;
  /** E.164. */
  phoneNumber: string;
  /** Where the number came from in the request, named in the error. */
  field: string;
  now?: Date;
  /** Read already (with the API key, authenticate-api-key.ts): then this makes no query. */
  allowance?: TextAllowance;
};

/** One query: the business's cap and countries, and the texts counted this hour. */
const readTextAllowance = async (tx: Tx, businessId: string, now: Date): Promise<TextAllowance> => {
  const window = currentTextWindow(now);
  const [row] = await tx.$queryRaw<Array<{ cap: number; countries: string[]; used: number | null }>>`
    SELECT b."smsHourlyCap" AS cap, b."smsAllowedCountries" AS countries, c."count" AS used
    FROM "Business" b
    LEFT JOIN "RateLimitCounter" c ON c."key" = ${textCounterKey(businessId)} AND c."windowStart" >= ${window.start.toISOString()}::timestamp(3)
    WHERE b."id" = ${businessId}`;
  if (!row) throw new AppError("NOT_FOUND", "Business not found");
  return { cap: row.cap, countries: row.countries, used: row.used ?? 0, windowEnd: window.end };
};

/**
 * Refuses, before anything is written, a workflow whose texts could not be sent: a number in a
 * country the business does not allow (422 naming the field), or a business that has already
 * sent its hourly cap of texts (429). At most one query. It does not count anything: the text is
 * counted when it is sent (takeTextAllowance in deliverSms), which also stops it if the cap was reached meanwhile.
 */
export const checkTextAllowance = async (
  tx: Tx,
  { businessId, phoneNumber, field, now = new Date(), allowance }: CheckTextAllowanceInput,
) => {
  const { cap, countries, used, windowEnd } = allowance ?? (await readTextAllowance(tx, businessId, now));
  const country = phoneCountry(phoneNumber);
  if (!country || !countries.includes(country)) {
    const message = `${field}: this business does not text numbers in ${country ?? "that country"} (allowed: ${countries.join(", ")}; change it in Settings)`;
    throw new AppError("UNPROCESSABLE", message, [
      { path: field, message: `texts to ${country ?? "this number's country"} are not allowed for this business` },
    ]);
  }
  // An allowance read in an hour that has ended since counts nothing against this one.
  if (now < windowEnd && used >= cap) {
    const retryAfterSeconds = Math.max(1, Math.ceil((windowEnd.getTime() - now.getTime()) / 1000));
    throw new AppError(
      "RATE_LIMITED",
      `This business has sent its ${cap} texts for this hour (its hourly cap, in Settings); try again after ${windowEnd.toISOString()}`,
      {
        reason: "HOURLY_TEXT_CAP",
        retryAfterSeconds,
      },
    );
  }
};
