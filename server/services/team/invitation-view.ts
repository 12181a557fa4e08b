import "server-only";
import { AppError } from "@/server/errors";
import type { Role } from "@/server/generated/prisma/enums";

/** A pending invitation as the Team page shows it. Never its token. */
export type PendingInvitation = {
  id: string;
  email: string;
  name: string;
  role: Role;
  invitedAt: Date;
  expiresAt: Date;
  expired: boolean;
};

export const INVITATION_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  createdAt: true,
  expiresAt: true,
} as const;

type InvitationRow = { id: string; email: string; name: string; role: Role; createdAt: Date; expiresAt: Date };

export const toPendingInvitation = ({ createdAt, ...row }: InvitationRow, now = new Date()): PendingInvitation => ({
  ...row,
  invitedAt: createdAt,
  expired: row.expiresAt <= now,
});

/** Not accepted and not revoked (an expired one stays listed, to resend). */
export const PENDING = { acceptedAt: null, revokedAt: null } as const;

export const invitationNotFound = () =>
  new AppError("NOT_FOUND", "Invitation not found, or already accepted or revoked");
