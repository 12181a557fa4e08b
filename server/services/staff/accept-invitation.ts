import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import { singleUseTokenHash } from "@/server/auth/single-use-link";
import { recordAudit } from "@/server/services/audit/record-audit";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { openInvitationWhere } from "./find-invitation";
import { findUserIdByEmail } from "./find-user-id-by-email";
import { choosePasswordSchema, type ChoosePasswordFields } from "@/server/contracts/staff/staff-account-input";

const spent = () =>
  new AppError(
    "CONFLICT",
    "This invitation has expired, was revoked or was already used. Ask whoever invited you for a new one.",
  );

/** Takes the invitation for this transaction (a conditional update), so it is accepted once. */
const claimInvitation = async (tx: Tx, tokenHash: string | null, now: Date) => {
  const invitation = tokenHash
    ? await tx.invitation.findFirst({
        where: { tokenHash, ...openInvitationWhere(now) },
        select: { id: true, businessId: true, email: true, name: true, role: true },
      })
    : null;
  if (!invitation) throw spent();
  const { count } = await tx.invitation.updateMany({
    where: { id: invitation.id, ...openInvitationWhere(now) },
    data: { acceptedAt: now },
  });
  if (count === 0) throw spent();
  return invitation;
};

const join = async (
  tx: Tx,
  invitation: { id: string; businessId: string; email: string; role: Prisma.MembershipCreateManyInput["role"] },
  userId: string,
  ipAddress?: string,
) => {
  await tx.membership.createMany({
    data: [{ userId, businessId: invitation.businessId, role: invitation.role }],
    skipDuplicates: true,
  });
  await recordAudit(tx, {
    businessId: invitation.businessId,
    actor: { type: "USER", id: userId, ...(ipAddress ? { ipAddress } : {}) },
    action: "team.invitation-accepted",
    targetType: "Invitation",
    targetId: invitation.id,
    metadata: { email: invitation.email, role: invitation.role },
  });
};

/**
 * A new address accepts: its account is made with the password its owner chooses here, and
 * joins the business. An address that has an account by now must accept signed in instead.
 */
export const acceptInvitationWithPassword = async ({
  token,
  input,
  ipAddress,
  now = new Date(),
}: {
  token: string;
  input: ChoosePasswordFields;
  ipAddress?: string;
  now?: Date;
}) => {
  const tokenHash = singleUseTokenHash(token);
  const email = tokenHash
    ? (await db().invitation.findFirst({ where: { tokenHash, ...openInvitationWhere(now) }, select: { email: true } }))
        ?.email
    : undefined;
  if (!email) throw spent();
  const { newPassword } = choosePasswordSchema(email).parse(input);
  const passwordHash = await hashPassword(newPassword);
  try {
    return await inUnitOfWork(async ({ tx }) => {
      const invitation = await claimInvitation(tx, tokenHash, now);
      if (await findUserIdByEmail(invitation.email, tx))
        throw new AppError("CONFLICT", `${invitation.email} already has a LinX account: sign in with it to accept`);
      const user = await tx.user.create({
        data: { email: invitation.email, name: invitation.name, passwordHash },
        select: { id: true },
      });
      await join(tx, invitation, user.id, ipAddress);
      return { email: invitation.email, businessId: invitation.businessId };
    });
  } catch (error) {
    // Another invitation of the same address was accepted at the same moment; the unique email decided.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("CONFLICT", `${email} already has a LinX account: sign in with it to accept`);
    throw error;
  }
};

/** Someone signed in accepts an invitation to their own address; nobody else's session can. */
export const acceptInvitationSignedIn = async ({
  token,
  userId,
  ipAddress,
  now = new Date(),
}: {
  token: string;
  userId: string;
  ipAddress?: string;
  now?: Date;
}) =>
  inUnitOfWork(async ({ tx }) => {
    const invitation = await claimInvitation(tx, singleUseTokenHash(token), now);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user || user.email.toLowerCase() !== invitation.email.toLowerCase()) {
      throw new AppError(
        "FORBIDDEN",
        `This invitation is for ${invitation.email}: sign in with that address to accept it`,
      );
    }
    await join(tx, invitation, userId, ipAddress);
    return { businessId: invitation.businessId };
  });
