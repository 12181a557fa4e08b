import "server-only";
import type { Role } from "@/server/generated/prisma/enums";
import { db } from "@/server/db";
import { singleUseTokenHash } from "@/server/auth/single-use-link";
import { findUserIdByEmail } from "./find-user-id-by-email";

export type OpenInvitation = { email: string; name: string; role: Role; businessName: string; hasAccount: boolean };

/** Not accepted, not revoked, not expired. */
export const openInvitationWhere = (now: Date) => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: now } });

/** The invitation behind a link while it can be accepted (not used, revoked or expired); null otherwise, nothing else said. */
export const findInvitation = async ({
  token,
  now = new Date(),
}: {
  token: string;
  now?: Date;
}): Promise<OpenInvitation | null> => {
  const tokenHash = singleUseTokenHash(token);
  if (!tokenHash) return null;
  const invitation = await db().invitation.findFirst({
    where: { tokenHash, ...openInvitationWhere(now) },
    select: { email: true, name: true, role: true, business: { select: { name: true } } },
  });
  if (!invitation) return null;
  return {
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    businessName: invitation.business.name,
    hasAccount: Boolean(await findUserIdByEmail(invitation.email)),
  };
};
