import { Prisma } from "../../generated/prisma/client";
import { AppError } from "../../errors";
import { hashPassword } from "../../auth/password";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import type { InviteMemberFields } from "./team-member-input";
import { oneTimePassword, oneTimePasswordExpiry } from "./one-time-password";
import { MEMBER_SELECT, toTeamMember } from "./team-member-view";
import { findUserIdByEmail } from "../staff/find-user-id-by-email";
import { actingRole, lockTeam, lockUser, requireOwnerFor } from "./team-rules";
import { inUnitOfWork } from "../../work/unit-of-work";

const alreadyMember = (email: string) => new AppError("CONFLICT", `${email} is already a member of this business`, { field: "email" });

/**
 * Adds someone to the team. A new email gets an account with a one-time password, returned in
 * clear this once for the inviter to pass on, which the member must replace with their own right
 * after signing in; someone who already has a LinX account (in another business) signs in with
 * their own password, so none is made. Only an owner can add an owner.
 */
export const inviteTeamMember = async ({ businessId, actor, input }: { businessId: string; actor: Actor; input: InviteMemberFields }) => {
  const { name, email, role } = input;
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  try {
    return await inUnitOfWork(async ({ tx }) => {
      await lockTeam(tx, businessId);
      const actorRole = await actingRole(tx, businessId, actor);
      if (role === "OWNER") requireOwnerFor(actorRole, "make someone an owner");
      const existingId = await findUserIdByEmail(email, tx);
      const existing = existingId ? await lockUser(tx, existingId) : null;
      if (existing && (await tx.membership.findUnique({ where: { userId_businessId: { userId: existing.id, businessId } }, select: { id: true } }))) {
        throw alreadyMember(email);
      }
      // Its one-time password was given to another business's admin, who could still choose the
      // password in the member's place and so get into this business too.
      if (existing?.passwordChangeRequired) {
        throw new AppError("CONFLICT", `${email} has not chosen their own password yet: ask them to sign in and choose it, then invite them again`, { field: "email" });
      }
      const userId = existing?.id ?? (await tx.user.create({ data: { email, name, passwordHash, passwordChangeRequired: true, passwordExpiresAt: oneTimePasswordExpiry() }, select: { id: true } })).id;
      const membership = await tx.membership.create({ data: { userId, businessId, role }, select: MEMBER_SELECT });
      await recordAudit(tx, { businessId, actor, action: "team.member-invited", targetType: "User", targetId: userId, metadata: { email, role, newAccount: !existing } });
      return { member: toTeamMember(membership), oneTimePassword: existing ? null : password };
    });
  } catch (error) {
    // Two invitations of one new email raced; the unique email decided.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw alreadyMember(email);
    throw error;
  }
};
