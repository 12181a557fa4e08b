import "server-only";
import type { Role } from "@/server/generated/prisma/enums";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { MEMBER_SELECT, toTeamMember } from "./team-member-view";
import { actingRole, keepAnOwner, lockTeam, memberNotFound, requireOwnerFor } from "./team-rules";
import { inUnitOfWork } from "@/server/work/unit-of-work";

export type ChangeMemberRoleInput = { businessId: string; userId: string; role: Role; actor: Actor };

/** Gives a member another role. Owners alone grant or take away the owner role; one owner always stays. */
export const changeMemberRole = async ({ businessId, userId, role, actor }: ChangeMemberRoleInput) =>
  inUnitOfWork(async ({ tx }) => {
    await lockTeam(tx, businessId);
    const actorRole = await actingRole(tx, businessId, actor);
    const where = { userId_businessId: { userId, businessId } };
    const target = await tx.membership.findUnique({ where, select: { role: true } });
    if (!target) throw memberNotFound();
    if (target.role === role)
      return toTeamMember(await tx.membership.findUniqueOrThrow({ where, select: MEMBER_SELECT }));
    if (target.role === "OWNER" || role === "OWNER")
      requireOwnerFor(actorRole, role === "OWNER" ? "make someone an owner" : "change an owner's role");
    if (target.role === "OWNER") await keepAnOwner(tx, businessId);
    const membership = await tx.membership.update({ where, data: { role }, select: MEMBER_SELECT });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "team.role-changed",
      targetType: "User",
      targetId: userId,
      metadata: { from: target.role, to: role },
    });
    return toTeamMember(membership);
  });
