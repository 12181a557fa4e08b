import "server-only";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { findUserIdByEmail } from "@/server/services/staff/find-user-id-by-email";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { newInvitationLink, queueInvitationEmail } from "./invitation-email";
import { INVITATION_SELECT, invitationNotFound, PENDING, toPendingInvitation } from "./invitation-view";
import { actingRole, lockTeam, requireOwnerFor } from "./team-rules";

/** Emails a pending invitation again with a new link and 7 more days; the old link stops working. */
export const resendInvitation = async ({
  businessId,
  invitationId,
  actor,
}: {
  businessId: string;
  invitationId: string;
  actor: Actor;
}) =>
  inUnitOfWork(async (uow) => {
    const { tx } = uow;
    await lockTeam(tx, businessId);
    const actorRole = await actingRole(tx, businessId, actor);
    const pending = await tx.invitation.findFirst({
      where: { id: invitationId, businessId, ...PENDING },
      select: { role: true },
    });
    if (!pending) throw invitationNotFound();
    if (pending.role === "OWNER") requireOwnerFor(actorRole, "resend an owner's invitation");
    const { token, tokenHash, expiresAt } = newInvitationLink();
    const invitation = await tx.invitation.update({
      where: { id: invitationId },
      data: { tokenHash, expiresAt },
      select: { ...INVITATION_SELECT, business: { select: { name: true } } },
    });
    const inviter =
      actor.type === "USER" ? await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } }) : null;
    const hasAccount = Boolean(await findUserIdByEmail(invitation.email, tx));
    await queueInvitationEmail(uow, {
      businessId,
      businessName: invitation.business.name,
      email: invitation.email,
      name: invitation.name,
      role: invitation.role,
      invitedBy: inviter?.name ?? invitation.business.name,
      token,
      hasAccount,
    });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "team.invitation-resent",
      targetType: "Invitation",
      targetId: invitationId,
      metadata: { email: invitation.email },
    });
    const { business: _business, ...view } = invitation;
    return toPendingInvitation(view);
  });
