import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { nextCursor, templateListInput, type TemplateStatusFilter } from "@/components/portal/list-query-inputs";
import { TemplateList } from "@/components/portal/templates/template-list";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";
import { hasRole } from "@/server/contracts/team/roles";

const page = PORTAL_PAGES.templates;

export const metadata: Metadata = { title: page.label };

const FILTERS = [
  { label: "Active", status: "ACTIVE" },
  { label: "Archived", status: "ARCHIVED" },
  { label: "All", status: undefined },
] as const;

const TemplatesPage = async ({ searchParams }: { searchParams: Promise<{ status?: string }> }) => {
  const { active } = await requirePortalAccess(page.href, page.minRole);
  const requested = (await searchParams).status;
  const status: TemplateStatusFilter =
    requested === "ARCHIVED" ? "ARCHIVED" : requested === "ALL" ? undefined : "ACTIVE";
  const canEdit = hasRole(active.role, "ADMIN");
  await getQueryClient().prefetchInfiniteQuery(
    trpc.templates.list.infiniteQueryOptions(templateListInput(active.businessId, status), nextCursor),
  );
  return (
    <>
      <PageHeader
        title="Templates"
        description={page.purpose}
        action={
          canEdit ? (
            <Link href="/portal/templates/new" className={buttonClasses()}>
              New template
            </Link>
          ) : undefined
        }
      />
      <nav aria-label="Template status" className="mb-4 flex gap-1">
        {FILTERS.map((filter) => {
          const current = filter.status === status;
          return (
            <Link
              key={filter.label}
              href={`/portal/templates?status=${filter.status ?? "ALL"}`}
              aria-current={current ? "page" : undefined}
              className={cn(
                "rounded-md px-3 py-1.5 text-sm font-medium",
                current ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100",
              )}
            >
              {filter.label}
            </Link>
          );
        })}
      </nav>
      <HydrateClient>
        <TemplateList key={status ?? "ALL"} businessId={active.businessId} status={status} canEdit={canEdit} />
      </HydrateClient>
    </>
  );
};

export default TemplatesPage;
