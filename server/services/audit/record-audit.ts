import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { Tx } from "@/server/db";
import { newId } from "@/server/db/new-id";
import type { Actor } from "@/server/services/actor";

export type AuditInput = {
  businessId: string;
  actor: Actor;
  action: string;
  targetType?: string;
  targetId?: string;
  metadata?: Prisma.InputJsonValue;
};

/** The INSERT of one audit entry; with `gate`, only when that SQL condition holds (inside a larger statement). */
export const auditStatement = (
  { businessId, actor, action, targetType, targetId, metadata }: AuditInput,
  gate: Prisma.Sql = Prisma.sql`TRUE`,
) => Prisma.sql`
  INSERT INTO "AuditLog" ("id", "businessId", "actorType", "actorId", "action", "targetType", "targetId", "metadata", "ipAddress", "createdAt")
  SELECT ${newId()}, ${businessId}, ${actor.type}::"ActorType", ${actor.id ?? null}, ${action}, ${targetType ?? null}, ${targetId ?? null},
    ${metadata === undefined ? null : JSON.stringify(metadata)}::jsonb, ${actor.ipAddress ?? null}, ${new Date().toISOString()}::timestamp(3)
  WHERE ${gate}`;

/**
 * Writes one audit entry inside the caller's transaction, so the entry and the change land
 * together. Hand-written SQL: every change writes one, and Prisma compiles each query anew.
 */
export const recordAudit = async (tx: Tx, input: AuditInput) => {
  await tx.$executeRaw(auditStatement(input));
};
