import { ZBusinessSettings } from "@/server/contracts/businesses/business-settings";
import { updateBusinessSettings } from "@/server/services/businesses/update-business-settings";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZSettingsOutput } from "./get";

export const updateSettings = businessProcedure("ADMIN")
  .input(ZBusinessSettings)
  .output(ZSettingsOutput)
  .mutation(({ ctx, input }) => updateBusinessSettings({ businessId: ctx.business.id, actor: ctx.actor, input }));
