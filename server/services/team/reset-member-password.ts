import { AppError } from "../../errors";
import { hashPassword } from "../../auth/password";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { clearEmailAttempts } from "../staff/sign-in-throttle";
import { oneTimePassword, oneTimePasswordExpiry } from "./one-time-password";
import { actingRole, lockTeam, lockUser, memberNotFound, requireOwnerFor } from "./team-rules";
import { inUnitOfWork } from "../../work/unit-of-work";

/**
 * Gives a member who lost their password a new one-time password, returned in clear this once for
 * the admin to pass on. It must be replaced at the next sign-in, it signs the member out
 * everywhere, and it lifts a sign-in lock on their email. It expires after 72 hours. Only an owner
 * resets an owner's or an admin's: an admin who could reset another admin's password could take
 * over their account.
 *
 * An account can belong to several businesses, and its password opens all of them: an admin of
 * this business may not reset the password of someone who is also a member elsewhere (that would
 * hand them the other business), so such members change it themselves from their account page.
 */
export const resetMemberPassword = async ({ businessId, userId, actor }: { businessId: string; userId: string; actor: Actor }) => {
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  return inUnitOfWork(async ({ tx }) => {
    await lockTeam(tx, businessId);
    const actorRole = await actingRole(tx, businessId, actor);
    const target = await tx.membership.findUnique({ where: { userId_businessId: { userId, businessId } }, select: { role: true, user: { select: { email: true } } } });
    if (!target) throw memberNotFound();
    if (actor.type === "USER" && actor.id === userId) throw new AppError("CONFLICT", "Change your own password from your account page");
    if (target.role === "OWNER" || target.role === "ADMIN") requireOwnerFor(actorRole, `reset an ${target.role.toLowerCase()}'s password`);
    await lockUser(tx, userId);
    if ((await tx.membership.count({ where: { userId, businessId: { not: businessId } } })) > 0) {
      throw new AppError("CONFLICT", `${target.user.email} also belongs to another business, so only they can change their password (from their account page)`);
    }
    await tx.user.update({ where: { id: userId }, data: { passwordHash, passwordChangeRequired: true, passwordExpiresAt: oneTimePasswordExpiry(), sessionVersion: { increment: 1 } }, select: { id: true } });
    await clearEmailAttempts(tx, target.user.email);
    await recordAudit(tx, { businessId, actor, action: "team.password-reset", targetType: "User", targetId: userId, metadata: { email: target.user.email } });
    return { userId, oneTimePassword: password };
  });
};
