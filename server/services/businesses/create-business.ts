import { Prisma } from "../../generated/prisma/client";
import { AppError } from "../../errors";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { inUnitOfWork } from "../../work/unit-of-work";

export type CreateBusinessInput = { name: string; slug: string; actor: Actor };

/** Creates a business. A slug already in use is a 409. */
export const createBusiness = async ({ name, slug, actor }: CreateBusinessInput) => {
  try {
    return await inUnitOfWork(async ({ tx }) => {
      const business = await tx.business.create({ data: { name, slug }, select: { id: true, name: true, slug: true, createdAt: true } });
      await recordAudit(tx, { businessId: business.id, actor, action: "business.created", targetType: "Business", targetId: business.id, metadata: { slug } });
      return business;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `A business with slug "${slug}" already exists`, { field: "slug" });
    }
    throw error;
  }
};
