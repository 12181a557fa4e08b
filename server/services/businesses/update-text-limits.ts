import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { TEXT_LIMITS_SELECT, ZTextLimits, type TextLimitsInput } from "@/server/contracts/businesses/text-limits";

/** Saves the hourly text cap and the allowed countries; they apply to the next text. Audited, before and after. */
export const updateTextLimits = async ({
  businessId,
  actor,
  input,
}: {
  businessId: string;
  actor: Actor;
  input: TextLimitsInput;
}) => {
  const limits = ZTextLimits.parse(input);
  return db().$transaction(async (tx) => {
    const before = await tx.business.findUnique({ where: { id: businessId }, select: TEXT_LIMITS_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "Business not found");
    const business = await tx.business.update({ where: { id: businessId }, data: limits, select: TEXT_LIMITS_SELECT });
    const changed = (Object.keys(limits) as Array<keyof typeof limits>).filter(
      (field) => JSON.stringify(before[field]) !== JSON.stringify(limits[field]),
    );
    if (changed.length > 0) {
      const diff = Object.fromEntries(changed.map((field) => [field, { from: before[field], to: limits[field] }]));
      await recordAudit(tx, {
        businessId,
        actor,
        action: "business.text-limits-updated",
        targetType: "Business",
        targetId: businessId,
        metadata: diff,
      });
    }
    return business;
  });
};
