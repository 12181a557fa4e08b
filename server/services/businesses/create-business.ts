import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { inUnitOfWork } from "@/server/work/unit-of-work";

export type CreateBusinessInput = { name: string; slug: string; actor: Actor };

/** Creates a business. A slug already in use is a 409. */
export const createBusiness = async ({ name, slug, actor }: CreateBusinessInput) => {
  try {
    return await inUnitOfWork(async ({ tx }) => {
      const business = await tx.business.create({
        data: { name, slug },
        select: { id: true, name: true, slug: true, createdAt: true },
      });
      await recordAudit(tx, {
        businessId: business.id,
        actor,
        action: "business.created",
        targetType: "Business",
        targetId: business.id,
        metadata: { slug },
      });
      return business;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `A business with slug "${slug}" already exists`, { field: "slug" });
    }
    throw error;
  }
};
