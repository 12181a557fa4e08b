import type { Tx } from "../../db";
import { AppError } from "../../errors";
import { phoneCountry } from "../../sms/phone-number";
import { currentTextWindow, textCounterKey } from "./text-window";

export type CheckTextAllowanceInput = {
  businessId: string;
  /** E.164. */
  phoneNumber: string;
  /** Where the number came from in the request, named in the error. */
  field: string;
  now?: Date;
};

/**
 * Refuses, before anything is written, a workflow whose texts could not be sent: a number in a
 * country the business does not allow (422 naming the field), or a business that has already
 * sent its hourly cap of texts (429). One query. It does not count anything: the text is counted
 * when it is queued (takeTextAllowance), which also stops it if the cap was reached meanwhile.
 */
export const checkTextAllowance = async (tx: Tx, { businessId, phoneNumber, field, now = new Date() }: CheckTextAllowanceInput) => {
  const window = currentTextWindow(now);
  const [row] = await tx.$queryRaw<Array<{ cap: number; countries: string[]; used: number | null }>>`
    SELECT b."smsHourlyCap" AS cap, b."smsAllowedCountries" AS countries, c."count" AS used
    FROM "Business" b
    LEFT JOIN "RateLimitCounter" c ON c."key" = ${textCounterKey(businessId)} AND c."windowStart" >= ${window.start.toISOString()}::timestamp(3)
    WHERE b."id" = ${businessId}`;
  if (!row) throw new AppError("NOT_FOUND", "Business not found");
  const country = phoneCountry(phoneNumber);
  if (!country || !row.countries.includes(country)) {
    const message = `${field}: this business does not text numbers in ${country ?? "that country"} (allowed: ${row.countries.join(", ")}; change it in Settings)`;
    throw new AppError("UNPROCESSABLE", message, [{ path: field, message: `texts to ${country ?? "this number's country"} are not allowed for this business` }]);
  }
  if ((row.used ?? 0) >= row.cap) {
    const retryAfterSeconds = Math.max(1, Math.ceil((window.end.getTime() - now.getTime()) / 1000));
    throw new AppError("RATE_LIMITED", `This business has sent its ${row.cap} texts for this hour (its hourly cap, in Settings); try again after ${window.end.toISOString()}`, {
      reason: "HOURLY_TEXT_CAP",
      retryAfterSeconds,
    });
  }
};
