import "server-only";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Role } from "@/server/generated/prisma/enums";
import { hasRole } from "@/server/contracts/team/roles";
import type { Actor } from "@/server/services/actor";

// The rules every team change follows: admins manage the team, only an owner grants or takes away
// the owner role, and a business always keeps at least one owner.

/**
 * Locks the business row so team changes of one business run one after another: two owners
 * demoting each other at the same moment cannot leave the business without an owner.
 */
export const lockTeam = (tx: Tx, businessId: string) =>
  tx.$queryRaw`SELECT 1 FROM "Business" WHERE "id" = ${businessId} FOR UPDATE`;

/** The acting user's role, read inside the transaction; admins and owners may change the team. */
export const actingRole = async (tx: Tx, businessId: string, actor: Actor): Promise<Role> => {
  const membership =
    actor.type === "USER"
      ? await tx.membership.findUnique({
          where: { userId_businessId: { userId: actor.id, businessId } },
          select: { role: true },
        })
      : null;
  if (!membership || !hasRole(membership.role, "ADMIN"))
    throw new AppError("FORBIDDEN", "Only owners and admins can change the team");
  return membership.role;
};

export const requireOwnerFor = (actorRole: Role, what: string) => {
  if (actorRole !== "OWNER") throw new AppError("FORBIDDEN", `Only an owner can ${what}`);
};

/** Refuses to take the owner role away from the last owner. */
export const keepAnOwner = async (tx: Tx, businessId: string) => {
  const owners = await tx.membership.count({ where: { businessId, role: "OWNER" } });
  if (owners <= 1)
    throw new AppError("CONFLICT", "A business needs at least one owner: make someone else an owner first");
};

export const memberNotFound = () => new AppError("NOT_FOUND", "Team member not found");
