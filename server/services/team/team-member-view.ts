import "server-only";
import type { Role } from "@/server/generated/prisma/enums";

export type TeamMember = { userId: string; name: string; email: string; role: Role; joinedAt: Date };

export const MEMBER_SELECT = {
  role: true,
  createdAt: true,
  user: { select: { id: true, name: true, email: true } },
} as const;

type MemberRow = { role: Role; createdAt: Date; user: { id: string; name: string; email: string } };

export const toTeamMember = ({ role, createdAt, user }: MemberRow): TeamMember => ({
  userId: user.id,
  name: user.name,
  email: user.email,
  role,
  joinedAt: createdAt,
});
