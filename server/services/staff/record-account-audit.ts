import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { Tx } from "@/server/db";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";

/**
 * A staff account belongs to no single business, so an event on it (a password change, a
 * lockout) is written to the audit log of every business the user is a member of.
 */
export const recordAccountAudit = async (
  tx: Tx,
  {
    userId,
    actor,
    action,
    metadata,
  }: { userId: string; actor: Actor; action: string; metadata?: Prisma.InputJsonValue },
) => {
  const memberships = await tx.membership.findMany({ where: { userId }, select: { businessId: true } });
  for (const { businessId } of memberships) {
    await recordAudit(tx, { businessId, actor, action, targetType: "User", targetId: userId, metadata });
  }
};
