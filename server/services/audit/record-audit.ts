import type { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../db";
import type { Actor } from "../actor";

export type AuditInput = {
  businessId: string;
  actor: Actor;
  action: string;
  targetType?: string;
  targetId?: string;
  metadata?: Prisma.InputJsonValue;
};

/** Writes one audit entry inside the caller's transaction, so the entry and the change land together. */
export const recordAudit = (tx: Tx, input: AuditInput) =>
  tx.auditLog.create({
    data: {
      businessId: input.businessId,
      actorType: input.actor.type,
      actorId: input.actor.id ?? null,
      ipAddress: input.actor.ipAddress ?? null,
      action: input.action,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      metadata: input.metadata,
    },
    select: { id: true },
  });
