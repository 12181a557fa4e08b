import type { Metadata } from "next";
import { DashboardSummary } from "@/components/portal/dashboard-summary";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";

export const metadata: Metadata = { title: "Dashboard" };

const page = PORTAL_PAGES.dashboard;

const DashboardPage = async () => {
  const { active } = await requirePortalAccess(page.href, page.minRole);
  await getQueryClient().prefetchQuery(trpc.dashboard.summary.queryOptions({ businessId: active.businessId }));
  return (
    <>
      <PageHeader title="Dashboard" description={`${active.businessName} at a glance.`} />
      <HydrateClient>
        <DashboardSummary businessId={active.businessId} />
      </HydrateClient>
    </>
  );
};

export default DashboardPage;
