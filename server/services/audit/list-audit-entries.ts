import "server-only";
import { db } from "@/server/db";
import type { ActorType } from "@/server/generated/prisma/enums";
import {
  KEYSET_ORDER,
  keysetTake,
  keysetWhere,
  toPage,
  type PageRequest,
} from "@/server/services/pagination/keyset-page";
import { auditWhere, type AuditFilters } from "./audit-filters";

export type AuditEntry = {
  id: string;
  createdAt: Date;
  actorType: ActorType;
  actorId: string | null;
  /** The user's name and email, or the API key's name; null for customers and LinX itself. */
  actorLabel: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  metadata: unknown;
  ipAddress: string | null;
};

/**
 * One page of the business's audit log, newest first, keyset-paginated. Names of the users and
 * keys on the page are looked up in one query each, not one per row.
 */
export const listAuditEntries = async ({
  businessId,
  filters,
  page,
}: {
  businessId: string;
  filters: AuditFilters;
  page: PageRequest;
}) => {
  const rows = await db().auditLog.findMany({
    where: { AND: [{ businessId }, auditWhere(filters), keysetWhere(page)] },
    orderBy: [...KEYSET_ORDER],
    take: keysetTake(page),
    select: {
      id: true,
      createdAt: true,
      actorType: true,
      actorId: true,
      action: true,
      targetType: true,
      targetId: true,
      metadata: true,
      ipAddress: true,
    },
  });
  const { items, hasMore } = toPage(rows, page);
  const idsOf = (type: ActorType) => [
    ...new Set(items.filter((row) => row.actorType === type && row.actorId).map((row) => row.actorId!)),
  ];
  const userIds = idsOf("USER");
  const keyIds = idsOf("API_KEY");
  const [users, keys] = await Promise.all([
    userIds.length
      ? db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } })
      : [],
    // Scoped to the business: an id in another business's log never resolves here.
    keyIds.length
      ? db().apiKey.findMany({ where: { id: { in: keyIds }, businessId }, select: { id: true, name: true } })
      : [],
  ]);
  const labels = new Map<string, string>([
    ...users.map((user) => [user.id, `${user.name} <${user.email}>`] as const),
    ...keys.map((key) => [key.id, `API key "${key.name}"`] as const),
  ]);
  const entries: AuditEntry[] = items.map((row) => ({
    ...row,
    actorLabel: row.actorId ? (labels.get(row.actorId) ?? null) : null,
  }));
  return { items: entries, hasMore };
};
