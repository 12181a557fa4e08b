import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { loadPortalContext } from "@/server/auth/portal-access";
import { hasRole } from "@/server/contracts/team/roles";
import { auditFiltersFromSearchParams } from "@/server/services/audit/audit-filters";
import { streamAuditCsv } from "@/server/services/audit/stream-audit-csv";

const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** GET /portal/audit-log/export?actor=&action=&from=&to= : the filtered log of the active business as CSV. */
export const GET = async (request: Request) => {
  const portal = await loadPortalContext();
  if (!portal) return plain(401, "Sign in to export the audit log.");
  const { active } = portal;
  if (!active || !hasRole(active.role, PORTAL_PAGES.auditLog.minRole))
    return plain(403, "Only owners and admins can export the audit log.");
  const parsed = auditFiltersFromSearchParams(new URL(request.url).searchParams);
  if (!parsed.success)
    return plain(400, parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n"));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(streamAuditCsv({ businessId: active.businessId, filters: parsed.data }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-log-${active.businessSlug}-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
};
