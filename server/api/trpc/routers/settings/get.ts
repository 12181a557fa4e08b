import { z } from "zod";
import { getBusinessSettings } from "@/server/services/businesses/get-business-settings";
import { businessProcedure } from "@/server/api/trpc/init";

export const ZSettingsOutput = z.object({
  name: z.string(),
  smsSenderName: z.string().nullable(),
  defaultExpireInHours: z.number().int(),
  reminderFirstAfterHours: z.number().int(),
  reminderEveryHours: z.number().int(),
  reminderBeforeExpiryHours: z.number().int(),
  smsHourlyCap: z.number().int(),
  smsAllowedCountries: z.array(z.string()),
});

export const getSettings = businessProcedure("VIEWER")
  .output(ZSettingsOutput)
  .query(({ ctx }) => getBusinessSettings({ businessId: ctx.business.id }));
