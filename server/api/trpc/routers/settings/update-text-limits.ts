import { ZTextLimits } from "../../../../services/businesses/text-limits";
import { getBusinessSettings } from "../../../../services/businesses/get-business-settings";
import { updateTextLimits } from "../../../../services/businesses/update-text-limits";
import { businessProcedure } from "../../init";
import { ZSettingsOutput } from "./get";

export const updateTextLimitsProcedure = businessProcedure("ADMIN")
  .input(ZTextLimits)
  .output(ZSettingsOutput)
  .mutation(async ({ ctx, input }) => {
    await updateTextLimits({ businessId: ctx.business.id, actor: ctx.actor, input });
    return getBusinessSettings({ businessId: ctx.business.id });
  });
