import type { Metadata } from "next";
import Link from "next/link";
import { workflowListInput } from "@/components/portal/list-query-inputs";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { WorkflowList } from "@/components/portal/workflows/workflow-list";
import { buttonClasses } from "@/components/ui/button";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";
import { hasRole } from "@/server/contracts/team/roles";

const page = PORTAL_PAGES.workflows;

export const metadata: Metadata = { title: page.label };

const WorkflowsPage = async ({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  const { active } = await requirePortalAccess(page.href, page.minRole);
  const raw = await searchParams;
  const search = new URLSearchParams(
    Object.entries(raw).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])),
  );
  const businessId = active.businessId;
  const canCreate = hasRole(active.role, "OPERATOR");
  await Promise.all([
    getQueryClient().prefetchQuery(trpc.workflows.formOptions.queryOptions({ businessId })),
    getQueryClient().prefetchQuery(trpc.workflows.list.queryOptions(workflowListInput(businessId, search))),
  ]);
  return (
    <>
      <PageHeader
        title="Workflows"
        description={`Every request ${active.businessName} sent to a customer: where it stands, and what the customer did.`}
        action={
          canCreate ? (
            <div className="flex gap-2">
              <Link href="/portal/workflows/bulk" className={buttonClasses({ variant: "secondary" })}>
                Bulk send
              </Link>
              <Link href="/portal/workflows/new" className={buttonClasses()}>
                New workflow
              </Link>
            </div>
          ) : undefined
        }
      />
      <HydrateClient>
        <WorkflowList businessId={businessId} canCreate={canCreate} />
      </HydrateClient>
    </>
  );
};

export default WorkflowsPage;
