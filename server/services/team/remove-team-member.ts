import "server-only";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { actingRole, keepAnOwner, lockTeam, memberNotFound, requireOwnerFor } from "./team-rules";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/**
 * Takes away someone's access to this business. Their account stays (they may belong to other
 * businesses); the audit log keeps what they did. Only an owner removes an owner, never the last one.
 */
export const removeTeamMember = async ({
  businessId,
  userId,
  actor,
}: {
  businessId: string;
  userId: string;
  actor: Actor;
}) =>
  inUnitOfWork(async ({ tx }) => {
    await lockTeam(tx, businessId);
    const actorRole = await actingRole(tx, businessId, actor);
    const where = { userId_businessId: { userId, businessId } };
    const target = await tx.membership.findUnique({ where, select: { role: true, user: { select: { email: true } } } });
    if (!target) throw memberNotFound();
    if (target.role === "OWNER") {
      requireOwnerFor(actorRole, "remove an owner");
      await keepAnOwner(tx, businessId);
    }
    await tx.membership.delete({ where, select: { id: true } });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "team.member-removed",
      targetType: "User",
      targetId: userId,
      metadata: { email: target.user.email, role: target.role },
    });
    return { userId };
  });
