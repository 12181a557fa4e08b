import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { BUSINESS_SETTINGS_SELECT, type BusinessSettings } from "@/server/contracts/businesses/business-settings";
import { TEXT_LIMITS_SELECT } from "@/server/contracts/businesses/text-limits";

type TextLimits = { smsHourlyCap: number; smsAllowedCountries: string[] };

/** The business's name, workflow defaults and text limits, as every member may read them. */
export const getBusinessSettings = async ({
  businessId,
}: {
  businessId: string;
}): Promise<BusinessSettings & TextLimits & { name: string }> => {
  const business = await db().business.findUnique({
    where: { id: businessId },
    select: { name: true, ...BUSINESS_SETTINGS_SELECT, ...TEXT_LIMITS_SELECT },
  });
  if (!business) throw new AppError("NOT_FOUND", "Business not found");
  return business;
};
