import { db } from "../../db";
import type { Role } from "../../generated/prisma/enums";

export type TeamMember = { userId: string; name: string; email: string; role: Role; joinedAt: Date };

/** Everyone with access to the business, owners first. */
export const listTeamMembers = async ({ businessId }: { businessId: string }): Promise<TeamMember[]> => {
  const rows = await db().membership.findMany({
    where: { businessId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map(({ role, createdAt, user }) => ({ userId: user.id, name: user.name, email: user.email, role, joinedAt: createdAt }));
};
