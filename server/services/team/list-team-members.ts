import "server-only";
import { db } from "@/server/db";
import { MEMBER_SELECT, toTeamMember, type TeamMember } from "./team-member-view";

/** Everyone with access to the business, owners first. */
export const listTeamMembers = async ({ businessId }: { businessId: string }): Promise<TeamMember[]> => {
  const rows = await db().membership.findMany({
    where: { businessId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: MEMBER_SELECT,
  });
  return rows.map(toTeamMember);
};
