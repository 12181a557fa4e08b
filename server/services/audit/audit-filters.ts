import "server-only";
import { z } from "zod";
import { ActorType } from "@/server/generated/prisma/enums";

// The audit log's filters, shared by the Portal page, its procedure and the CSV export.

const day = z.iso.date("Use a date like 2026-04-30");

export const ZAuditFilters = z
  .object({
    actorType: z.enum(ActorType).optional(),
    /** A staff user's id (with actorType USER) or an API key's id (with actorType API_KEY). */
    actorId: z.string().trim().min(1).max(64).optional(),
    action: z.string().trim().min(1).max(100).optional(),
    /** Inclusive days, in UTC. */
    from: day.optional(),
    to: day.optional(),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    path: ["to"],
    message: "The end date must not be before the start date",
  });

export type AuditFilters = z.infer<typeof ZAuditFilters>;

const DAY_MS = 86_400_000;

/** The Prisma `where` for the filters (the tenant filter is added by the caller). */
export const auditWhere = ({ actorType, actorId, action, from, to }: AuditFilters) => ({
  ...(actorType ? { actorType } : {}),
  ...(actorId ? { actorId } : {}),
  ...(action ? { action } : {}),
  ...(from || to
    ? {
        createdAt: {
          ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
          ...(to ? { lt: new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS) } : {}),
        },
      }
    : {}),
});

/**
 * The filters as the audit-log page and its CSV link put them in the URL: `actor` is USER:<id>,
 * API_KEY:<id>, API_KEY, CUSTOMER or SYSTEM; empty values mean "any".
 */
export const auditFiltersFromSearchParams = (params: URLSearchParams) => {
  const value = (name: string) => params.get(name)?.trim() || undefined;
  const [actorType, actorId] = (value("actor") ?? "").split(":", 2);
  return ZAuditFilters.safeParse({
    actorType: actorType || undefined,
    actorId: actorId || undefined,
    action: value("action"),
    from: value("from"),
    to: value("to"),
  });
};
