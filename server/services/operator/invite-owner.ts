import "server-only";
import { AppError } from "@/server/errors";
import { env } from "@/server/env";
import { SYSTEM } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { findUserIdByEmail } from "@/server/services/staff/find-user-id-by-email";
import { invitationUrl, newInvitationLink, queueInvitationEmail } from "@/server/services/team/invitation-email";
import type { UnitOfWork } from "@/server/work/unit-of-work";

export type InvitedOwner = { email: string; hasAccount: boolean; invitationUrl: string; emailed: boolean };

/**
 * Invites `email` to be an owner of the business, for the operator: the same emailed,
 * single-use invitation (7 days) an owner sends from the Team page, where a new address chooses
 * its own password and an existing account accepts while signed in. The link is also returned,
 * for the operator to hand over; an earlier pending invitation of the address to this business
 * stops working.
 */
export const inviteOwner = async (
  uow: UnitOfWork,
  { business, email, name }: { business: { id: string; name: string }; email: string; name?: string },
): Promise<InvitedOwner> => {
  const { tx } = uow;
  const existingId = await findUserIdByEmail(email, tx);
  if (
    existingId &&
    (await tx.membership.findUnique({
      where: { userId_businessId: { userId: existingId, businessId: business.id } },
      select: { role: true },
    }))
  ) {
    throw new AppError("CONFLICT", `${email} is already a member of this business`);
  }
  await tx.invitation.updateMany({
    where: { businessId: business.id, email, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const { token, tokenHash, expiresAt } = newInvitationLink();
  const ownerName = name ?? email.split("@")[0]!;
  const invitation = await tx.invitation.create({
    data: {
      businessId: business.id,
      email,
      name: ownerName,
      role: "OWNER",
      invitedBy: "operator",
      tokenHash,
      expiresAt,
    },
    select: { id: true },
  });
  await queueInvitationEmail(uow, {
    businessId: business.id,
    businessName: business.name,
    email,
    name: ownerName,
    role: "OWNER",
    invitedBy: "The LinX operator",
    token,
    hasAccount: Boolean(existingId),
  });
  await recordAudit(tx, {
    businessId: business.id,
    actor: SYSTEM,
    action: "team.member-invited",
    targetType: "Invitation",
    targetId: invitation.id,
    metadata: { email, role: "OWNER", existingAccount: Boolean(existingId), by: "operator" },
  });
  return {
    email,
    hasAccount: Boolean(existingId),
    invitationUrl: invitationUrl(token),
    emailed: env().mailProvider === "smtp",
  };
};
