import type { Metadata } from "next";
import { AuditLogFilters, type AuditFilterValues } from "@/components/portal/audit-log/audit-log-filters";
import { AuditLogTable } from "@/components/portal/audit-log/audit-log-table";
import { auditLogInput, nextCursor } from "@/components/portal/list-query-inputs";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { Alert } from "@/components/ui/alert";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";
import { auditFiltersFromSearchParams } from "@/server/services/audit/audit-filters";

const page = PORTAL_PAGES.auditLog;

export const metadata: Metadata = { title: page.label };

type SearchParams = Partial<Record<keyof AuditFilterValues, string | string[]>>;

const AuditLogPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const { active } = await requirePortalAccess(page.href, page.minRole);
  const raw = await searchParams;
  const values: AuditFilterValues = { actor: "", action: "", from: "", to: "" };
  for (const name of Object.keys(values) as Array<keyof AuditFilterValues>) {
    const value = raw[name];
    values[name] = (Array.isArray(value) ? value[0] : value) ?? "";
  }
  const query = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== ""));
  const parsed = auditFiltersFromSearchParams(query);
  const filters = parsed.success ? parsed.data : {};
  const queryClient = getQueryClient();
  const [members] = await Promise.all([
    queryClient.fetchQuery(trpc.team.list.queryOptions({ businessId: active.businessId })),
    queryClient.prefetchInfiniteQuery(
      trpc.auditLog.list.infiniteQueryOptions(auditLogInput(active.businessId, filters), nextCursor),
    ),
  ]);
  return (
    <>
      <PageHeader title={page.label} description={page.purpose} />
      <AuditLogFilters values={values} members={members} exportHref={`/portal/audit-log/export?${query.toString()}`} />
      {parsed.success ? null : (
        <Alert tone="error" className="mb-4">
          These filters cannot be used ({parsed.error.issues[0]?.message}); showing everything instead.
        </Alert>
      )}
      <HydrateClient>
        <AuditLogTable key={query.toString()} businessId={active.businessId} filters={filters} />
      </HydrateClient>
    </>
  );
};

export default AuditLogPage;
