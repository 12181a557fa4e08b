import { ZBusinessSettings } from "../../../../services/businesses/business-settings";
import { updateBusinessSettings } from "../../../../services/businesses/update-business-settings";
import { businessProcedure } from "../../init";
import { ZSettingsOutput } from "./get";

export const updateSettings = businessProcedure("ADMIN")
  .input(ZBusinessSettings)
  .output(ZSettingsOutput)
  .mutation(({ ctx, input }) => updateBusinessSettings({ businessId: ctx.business.id, actor: ctx.actor, input }));
