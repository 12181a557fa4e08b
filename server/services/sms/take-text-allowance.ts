import type { Tx } from "../../db";
import { phoneCountry } from "../../sms/phone-number";
import { takeFromWindow } from "../rate-limits/take-from-window";
import { TEXT_WINDOW_MS, textCounterKey } from "./text-window";

/** Why a text was not sent, kept as the Notification's errorCode for staff to see. */
export type TextRefusal = "COUNTRY_NOT_ALLOWED" | "HOURLY_TEXT_CAP";

/**
 * Counts one text against the business's hourly cap, in the caller's transaction (a rolled-back
 * text is not counted), unless the number's country is not allowed or the cap is reached: then
 * it says why, and the caller records the text as not sent. Atomic, so texts queued at the same
 * moment by several runners cannot pass the cap together.
 */
export const takeTextAllowance = async (tx: Tx, { businessId, toNumber, now = new Date() }: { businessId: string; toNumber: string; now?: Date }): Promise<TextRefusal | null> => {
  const business = await tx.business.findUnique({ where: { id: businessId }, select: { smsHourlyCap: true, smsAllowedCountries: true } });
  if (!business) return null;
  const country = phoneCountry(toNumber);
  if (!country || !business.smsAllowedCountries.includes(country)) return "COUNTRY_NOT_ALLOWED";
  const window = await takeFromWindow({ key: textCounterKey(businessId), limit: business.smsHourlyCap, windowMs: TEXT_WINDOW_MS, now }, tx);
  return window.allowed ? null : "HOURLY_TEXT_CAP";
};
