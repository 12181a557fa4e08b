import "server-only";
import { db } from "@/server/db";
import type { Role } from "@/server/generated/prisma/enums";

export type MembershipSummary = { businessId: string; businessName: string; businessSlug: string; role: Role };

/** The businesses a staff user belongs to, oldest membership first (the default business). */
export const listMemberships = async ({ userId }: { userId: string }): Promise<MembershipSummary[]> => {
  const rows = await db().membership.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { role: true, business: { select: { id: true, name: true, slug: true } } },
  });
  return rows.map(({ role, business }) => ({
    businessId: business.id,
    businessName: business.name,
    businessSlug: business.slug,
    role,
  }));
};
