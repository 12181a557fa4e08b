import "server-only";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { inUnitOfWork } from "@/server/work/unit-of-work";

export type RenameBusinessInput = { businessId: string; name: string; actor: Actor };

/** Changes the name staff and customers see (Portal header, Gateway, SMS sender fallback). */
export const renameBusiness = async ({ businessId, name, actor }: RenameBusinessInput) => {
  const trimmed = name.trim();
  if (!trimmed) throw new AppError("BAD_REQUEST", "The business name cannot be empty");
  return inUnitOfWork(async ({ tx }) => {
    const before = await tx.business.findUnique({ where: { id: businessId }, select: { name: true } });
    if (!before) throw new AppError("NOT_FOUND", "Business not found");
    const business = await tx.business.update({
      where: { id: businessId },
      data: { name: trimmed },
      select: { id: true, name: true },
    });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "business.renamed",
      targetType: "Business",
      targetId: businessId,
      metadata: { from: before.name, to: trimmed },
    });
    return business;
  });
};
