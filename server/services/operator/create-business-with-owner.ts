import "server-only";
import type { z } from "zod";
import { Prisma } from "@/server/generated/prisma/client";
import { AppError } from "@/server/errors";
import { SYSTEM } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { inviteOwner } from "./invite-owner";
import { slugFromName, ZCreateBusinessWithOwner } from "./operator-input";

/**
 * The operator's way in (npm run linx -- business create): a business and the invitation of its
 * first owner, in one transaction. Returns the invitation's link (also emailed).
 */
export const createBusinessWithOwner = async (input: z.input<typeof ZCreateBusinessWithOwner>) => {
  const { name, slug: given, ownerEmail, ownerName } = ZCreateBusinessWithOwner.parse(input);
  const slug = given ?? slugFromName(name);
  if (!slug)
    throw new AppError(
      "BAD_REQUEST",
      "Give the business a --slug: its name has no letters or digits to make one from",
      { field: "slug" },
    );
  try {
    return await inUnitOfWork(async (uow) => {
      const { tx } = uow;
      const business = await tx.business.create({ data: { name, slug }, select: { id: true, name: true, slug: true } });
      await recordAudit(tx, {
        businessId: business.id,
        actor: SYSTEM,
        action: "business.created",
        targetType: "Business",
        targetId: business.id,
        metadata: { slug, by: "operator" },
      });
      const owner = await inviteOwner(uow, { business, email: ownerEmail, ...(ownerName ? { name: ownerName } : {}) });
      return { business, owner };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `A business with slug "${slug}" already exists; choose another with --slug`, {
        field: "slug",
      });
    }
    throw error;
  }
};
