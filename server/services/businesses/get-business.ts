import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** The business itself, as its own staff and API keys may see it. */
export const getBusiness = async ({ businessId }: { businessId: string }) => {
  const business = await db().business.findUnique({
    where: { id: businessId },
    select: { id: true, name: true, slug: true, createdAt: true },
  });
  if (!business) throw new AppError("NOT_FOUND", "Business not found");
  return business;
};
