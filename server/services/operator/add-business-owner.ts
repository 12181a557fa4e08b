import type { z } from "zod";
import { db } from "../../db";
import { AppError } from "../../errors";
import { lockTeam } from "../team/team-rules";
import { attachOwner } from "./attach-owner";
import { ZAddBusinessOwner } from "./operator-input";

/** The operator adds an owner to an existing business, named by its slug or its id. */
export const addBusinessOwner = async (input: z.input<typeof ZAddBusinessOwner>) => {
  const { business: ref, email, name } = ZAddBusinessOwner.parse(input);
  return db().$transaction(async (tx) => {
    const business = await tx.business.findFirst({ where: { OR: [{ slug: ref.toLowerCase() }, { id: ref }] }, select: { id: true, name: true, slug: true } });
    if (!business) throw new AppError("NOT_FOUND", `No business has the slug or id "${ref}"; npm run linx -- business list shows them`);
    await lockTeam(tx, business.id);
    return { business, owner: await attachOwner(tx, { businessId: business.id, email, name }) };
  });
};
