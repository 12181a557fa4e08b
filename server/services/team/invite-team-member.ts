import "server-only";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { describeActor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { findUserIdByEmail } from "@/server/services/staff/find-user-id-by-email";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { newInvitationLink, queueInvitationEmail } from "./invitation-email";
import { INVITATION_SELECT, PENDING, toPendingInvitation } from "./invitation-view";
import type { InviteMemberFields } from "@/server/contracts/team/team-member-input";
import { actingRole, lockTeam, requireOwnerFor } from "./team-rules";

/**
 * Emails someone a single-use link to join the team (7 days). Nothing is attached to any account
 * here: a new address chooses its own password through the link, and someone who already has a
 * LinX account accepts it while signed in. Only an owner invites an owner.
 */
export const inviteTeamMember = async ({
  businessId,
  actor,
  input,
}: {
  businessId: string;
  actor: Actor;
  input: InviteMemberFields;
}) => {
  const { name, email, role } = input;
  return inUnitOfWork(async (uow) => {
    const { tx } = uow;
    await lockTeam(tx, businessId);
    const actorRole = await actingRole(tx, businessId, actor);
    if (role === "OWNER") requireOwnerFor(actorRole, "invite an owner");
    const existingId = await findUserIdByEmail(email, tx);
    if (
      existingId &&
      (await tx.membership.findUnique({
        where: { userId_businessId: { userId: existingId, businessId } },
        select: { id: true },
      }))
    ) {
      throw new AppError("CONFLICT", `${email} is already a member of this business`, { field: "email" });
    }
    if (await tx.invitation.findFirst({ where: { businessId, email, ...PENDING }, select: { id: true } })) {
      throw new AppError("CONFLICT", `${email} is already invited: resend or revoke that invitation from the list`, {
        field: "email",
      });
    }
    const { token, tokenHash, expiresAt } = newInvitationLink();
    const invitation = await tx.invitation.create({
      data: { businessId, email, name, role, invitedBy: describeActor(actor), tokenHash, expiresAt },
      select: INVITATION_SELECT,
    });
    const [business, inviter] = await Promise.all([
      tx.business.findUniqueOrThrow({ where: { id: businessId }, select: { name: true } }),
      actor.type === "USER" ? tx.user.findUnique({ where: { id: actor.id }, select: { name: true } }) : null,
    ]);
    await queueInvitationEmail(uow, {
      businessId,
      businessName: business.name,
      email,
      name,
      role,
      invitedBy: inviter?.name ?? business.name,
      token,
      hasAccount: Boolean(existingId),
    });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "team.member-invited",
      targetType: "Invitation",
      targetId: invitation.id,
      metadata: { email, role, existingAccount: Boolean(existingId) },
    });
    return toPendingInvitation(invitation);
  });
};
