import type { AuditFilters } from "@/server/services/audit/audit-filters";
import { readWorkflowListParams } from "@/server/contracts/workflows/workflow-list-params";

// The inputs of the Portal's paged lists, shared by the page's server prefetch and the client list
// (a "use client" module's functions cannot be called on the server), so both use one query key.

export type TemplateStatusFilter = "ACTIVE" | "ARCHIVED" | undefined;

export const templateListInput = (businessId: string, status: TemplateStatusFilter) => ({
  businessId,
  status,
  limit: 25,
});

export const legalDocumentListInput = (businessId: string) => ({ businessId, limit: 25 });

export const auditLogInput = (businessId: string, filters: AuditFilters) => ({ businessId, filters, limit: 50 });

export const nextCursor = { getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor };

export const customerWorkflowsInput = (businessId: string, customerId: string) => ({
  businessId,
  customerId,
  limit: 10,
});

export const customerTransactionsInput = (businessId: string, customerId: string) => ({
  businessId,
  customerId,
  limit: 10,
});

/** The workflow list's URL: its filters, and where the page starts (`after` or `before`, never both). */
export const workflowListInput = (businessId: string, search: URLSearchParams) => {
  const after = search.get("after") ?? undefined;
  const before = after ? undefined : (search.get("before") ?? undefined);
  return { businessId, ...readWorkflowListParams(search), after, before };
};
