import type { Tx } from "../../db";
import { AppError } from "../../errors";
import { hashPassword } from "../../auth/password";
import { randomToken } from "../../auth/tokens";
import { SYSTEM } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { findUserIdByEmail } from "../staff/find-user-id-by-email";
import { newSignInLink } from "../staff/sign-in-link";
import { lockUser } from "../team/team-rules";

export type AttachedOwner = { userId: string; email: string; newAccount: boolean; signInToken: string | null };

/**
 * Makes `email` an owner of the business, for the operator. A new address gets an account with
 * no usable password and a single-use sign-in link where they choose one; someone who already
 * has an account signs in with their own password. An account whose one-time password someone
 * else still holds is refused, as an invitation refuses it (invite-team-member.ts).
 */
export const attachOwner = async (tx: Tx, { businessId, email, name }: { businessId: string; email: string; name?: string }): Promise<AttachedOwner> => {
  const existingId = await findUserIdByEmail(email, tx);
  const existing = existingId ? await lockUser(tx, existingId) : null;
  if (existing?.passwordChangeRequired) {
    throw new AppError("CONFLICT", `${email} has not chosen their own password yet: ask them to sign in and choose it, then try again`);
  }
  if (existing && (await tx.membership.findUnique({ where: { userId_businessId: { userId: existing.id, businessId } }, select: { role: true } }))) {
    throw new AppError("CONFLICT", `${email} is already a member of this business`);
  }
  const link = existing ? null : newSignInLink();
  const userId =
    existing?.id ??
    (await tx.user.create({
      data: {
        email,
        name: name ?? email.split("@")[0]!,
        // Nobody knows this password: the owner chooses theirs through the link.
        passwordHash: await hashPassword(randomToken()),
        passwordChangeRequired: true,
        passwordExpiresAt: new Date(),
        signInTokenHash: link!.signInTokenHash,
        signInTokenExpiresAt: link!.signInTokenExpiresAt,
      },
      select: { id: true },
    })).id;
  await tx.membership.create({ data: { userId, businessId, role: "OWNER" }, select: { id: true } });
  await recordAudit(tx, { businessId, actor: SYSTEM, action: "team.owner-added", targetType: "User", targetId: userId, metadata: { email, newAccount: !existing, by: "operator" } });
  return { userId, email, newAccount: !existing, signInToken: link?.token ?? null };
};
