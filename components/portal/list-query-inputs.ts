import type { AuditFilters } from "@/server/services/audit/audit-filters";

// The inputs of the Portal's paged lists, shared by the page's server prefetch and the client list
// (a "use client" module's functions cannot be called on the server), so both use one query key.

export type TemplateStatusFilter = "ACTIVE" | "ARCHIVED" | undefined;

export const templateListInput = (businessId: string, status: TemplateStatusFilter) => ({ businessId, status, limit: 25 });

export const legalDocumentListInput = (businessId: string) => ({ businessId, limit: 25 });

export const auditLogInput = (businessId: string, filters: AuditFilters) => ({ businessId, filters, limit: 50 });

export const nextCursor = { getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor };
