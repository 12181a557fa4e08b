import { db } from "../../db";
import type { Role } from "../../generated/prisma/enums";

/** The user's role in the business, or null when they are not a member. */
export const findMembership = async ({ userId, businessId }: { userId: string; businessId: string }): Promise<{ role: Role } | null> =>
  db().membership.findUnique({ where: { userId_businessId: { userId, businessId } }, select: { role: true } });
