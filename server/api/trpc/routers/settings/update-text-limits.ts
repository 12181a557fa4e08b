import { ZTextLimits } from "@/server/contracts/businesses/text-limits";
import { getBusinessSettings } from "@/server/services/businesses/get-business-settings";
import { updateTextLimits } from "@/server/services/businesses/update-text-limits";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZSettingsOutput } from "./get";

export const updateTextLimitsProcedure = businessProcedure("ADMIN")
  .input(ZTextLimits)
  .output(ZSettingsOutput)
  .mutation(async ({ ctx, input }) => {
    await updateTextLimits({ businessId: ctx.business.id, actor: ctx.actor, input });
    return getBusinessSettings({ businessId: ctx.business.id });
  });
