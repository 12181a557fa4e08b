import "server-only";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { invitationNotFound, PENDING } from "./invitation-view";
import { actingRole, lockTeam, requireOwnerFor } from "./team-rules";

/** Withdraws a pending invitation: its link stops working at once. */
export const revokeInvitation = async ({
  businessId,
  invitationId,
  actor,
}: {
  businessId: string;
  invitationId: string;
  actor: Actor;
}) =>
  inUnitOfWork(async ({ tx }) => {
    await lockTeam(tx, businessId);
    const actorRole = await actingRole(tx, businessId, actor);
    const pending = await tx.invitation.findFirst({
      where: { id: invitationId, businessId, ...PENDING },
      select: { role: true, email: true },
    });
    if (!pending) throw invitationNotFound();
    if (pending.role === "OWNER") requireOwnerFor(actorRole, "revoke an owner's invitation");
    await tx.invitation.update({ where: { id: invitationId }, data: { revokedAt: new Date() }, select: { id: true } });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "team.invitation-revoked",
      targetType: "Invitation",
      targetId: invitationId,
      metadata: { email: pending.email },
    });
    return { invitationId };
  });
