import "server-only";
import { db } from "@/server/db";
import type { Role } from "@/server/generated/prisma/enums";

/** The user's role in the business, or null when they are not a member. */
export const findMembership = async ({
  userId,
  businessId,
}: {
  userId: string;
  businessId: string;
}): Promise<{ role: Role } | null> =>
  db().membership.findUnique({ where: { userId_businessId: { userId, businessId } }, select: { role: true } });
