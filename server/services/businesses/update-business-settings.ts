import "server-only";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import {
  BUSINESS_SETTINGS_SELECT,
  ZBusinessSettings,
  type BusinessSettingsInput,
} from "@/server/contracts/businesses/business-settings";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { TEXT_LIMITS_SELECT } from "@/server/contracts/businesses/text-limits";

/**
 * Saves the workflow defaults. They apply to workflows created from now on; links already sent
 * keep the expiry they were given. The audit entry lists what changed, before and after.
 */
export const updateBusinessSettings = async ({
  businessId,
  actor,
  input,
}: {
  businessId: string;
  actor: Actor;
  input: BusinessSettingsInput;
}) => {
  const settings = ZBusinessSettings.parse(input);
  return inUnitOfWork(async ({ tx }) => {
    const before = await tx.business.findUnique({ where: { id: businessId }, select: BUSINESS_SETTINGS_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "Business not found");
    const changed = (Object.keys(settings) as Array<keyof typeof settings>).filter(
      (field) => before[field] !== settings[field],
    );
    const business = await tx.business.update({
      where: { id: businessId },
      data: settings,
      select: { name: true, ...BUSINESS_SETTINGS_SELECT, ...TEXT_LIMITS_SELECT },
    });
    if (changed.length > 0) {
      const diff = Object.fromEntries(changed.map((field) => [field, { from: before[field], to: settings[field] }]));
      await recordAudit(tx, {
        businessId,
        actor,
        action: "business.settings-updated",
        targetType: "Business",
        targetId: businessId,
        metadata: diff,
      });
    }
    return business;
  });
};
