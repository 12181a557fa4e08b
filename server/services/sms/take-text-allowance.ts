import "server-only";
import type { Tx } from "@/server/db";
import { phoneCountry } from "@/server/sms/phone-number";
import { takeFromWindow } from "@/server/services/rate-limits/take-from-window";
import { TEXT_WINDOW_MS, textCounterKey } from "./text-window";

/** Why a text was not sent, kept as the Notification's errorCode for staff to see. */
export type TextRefusal = "COUNTRY_NOT_ALLOWED" | "HOURLY_TEXT_CAP";

/** When a text is queued: a number in a country the business does not allow is refused (a read, no lock). */
export const refuseTextCountry = async (
  tx: Tx,
  { businessId, toNumber }: { businessId: string; toNumber: string },
): Promise<TextRefusal | null> => {
  const business = await tx.business.findUnique({ where: { id: businessId }, select: { smsAllowedCountries: true } });
  if (!business) return null;
  const country = phoneCountry(toNumber);
  return country && business.smsAllowedCountries.includes(country) ? null : "COUNTRY_NOT_ALLOWED";
};

/**
 * When a text is about to be sent: counts it against the business's hourly cap in one statement of
 * its own (atomic, so texts sent at the same moment by several runners cannot pass the cap
 * together), or says the cap is reached. Not in the transaction that queued the text: that would
 * hold the business's one counter row until the commit and make every text of the business wait
 * for the one before. A process that dies between counting and sending counts one text too many;
 * a crash of the database can forget the last fraction of a second of counts (COMMIT_WITHOUT_WAITING).
 */
export const takeTextAllowance = async ({
  businessId,
  hourlyCap,
  now = new Date(),
}: {
  businessId: string;
  hourlyCap: number;
  now?: Date;
}): Promise<TextRefusal | null> => {
  const window = await takeFromWindow({
    key: textCounterKey(businessId),
    limit: hourlyCap,
    windowMs: TEXT_WINDOW_MS,
    now,
  });
  return window.allowed ? null : "HOURLY_TEXT_CAP";
};
