import "server-only";
import type { z } from "zod";
import { AppError } from "@/server/errors";
import { lockTeam } from "@/server/services/team/team-rules";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { inviteOwner } from "./invite-owner";
import { ZAddBusinessOwner } from "./operator-input";

/** The operator invites an owner to an existing business, named by its slug or its id. */
export const addBusinessOwner = async (input: z.input<typeof ZAddBusinessOwner>) => {
  const { business: ref, email, name } = ZAddBusinessOwner.parse(input);
  return inUnitOfWork(async (uow) => {
    const business = await uow.tx.business.findFirst({
      where: { OR: [{ slug: ref.toLowerCase() }, { id: ref }] },
      select: { id: true, name: true, slug: true },
    });
    if (!business)
      throw new AppError(
        "NOT_FOUND",
        `No business has the slug or id "${ref}"; npm run linx -- business list shows them`,
      );
    await lockTeam(uow.tx, business.id);
    return { business, owner: await inviteOwner(uow, { business, email, ...(name ? { name } : {}) }) };
  });
};
