import "server-only";
import { db } from "@/server/db";
import { INVITATION_SELECT, PENDING, toPendingInvitation, type PendingInvitation } from "./invitation-view";

/** Invitations not yet accepted or revoked, newest first; expired ones too, to resend. */
export const listInvitations = async ({ businessId }: { businessId: string }): Promise<PendingInvitation[]> => {
  const rows = await db().invitation.findMany({
    where: { businessId, ...PENDING },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: INVITATION_SELECT,
  });
  const now = new Date();
  return rows.map((row) => toPendingInvitation(row, now));
};
