import { db } from "../../db";
import { AppError } from "../../errors";
import { BUSINESS_SETTINGS_SELECT, type BusinessSettings } from "./business-settings";

/** The business's name and workflow defaults, as every member may read them. */
export const getBusinessSettings = async ({ businessId }: { businessId: string }): Promise<BusinessSettings & { name: string }> => {
  const business = await db().business.findUnique({ where: { id: businessId }, select: { name: true, ...BUSINESS_SETTINGS_SELECT } });
  if (!business) throw new AppError("NOT_FOUND", "Business not found");
  return business;
};
