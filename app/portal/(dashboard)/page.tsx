import type { Metadata } from "next";
import { ActivityFeed } from "@/components/portal/dashboard/activity-feed";
import { ActivityStats } from "@/components/portal/dashboard/activity-stats";
import { DailyChart } from "@/components/portal/dashboard/daily-chart";
import { FunnelChart } from "@/components/portal/dashboard/funnel-chart";
import { PeriodPicker } from "@/components/portal/dashboard/period-picker";
import { DashboardSummary } from "@/components/portal/dashboard-summary";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";
import { hasRole } from "@/server/contracts/team/roles";
import { parseDashboardPeriod } from "@/server/contracts/dashboard/dashboard-period";

export const metadata: Metadata = { title: "Dashboard" };

const page = PORTAL_PAGES.dashboard;

const DashboardPage = async ({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  const { active } = await requirePortalAccess(page.href, page.minRole);
  const days = parseDashboardPeriod((await searchParams).days);
  const businessId = active.businessId;
  const [activity] = await Promise.all([
    getQueryClient().fetchQuery(trpc.dashboard.activity.queryOptions({ businessId, days })),
    getQueryClient().prefetchQuery(trpc.dashboard.summary.queryOptions({ businessId })),
  ]);
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`${active.businessName} over the last ${days} days (UTC).`}
        action={<PeriodPicker days={days} />}
      />
      <div className="space-y-6">
        <ActivityStats activity={activity} />
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader title="Funnel" description="Created, then opened, then completed." />
            <CardBody>
              <FunnelChart totals={activity.totals} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="Per day" description="Workflows created and completed each day." />
            <CardBody>
              <DailyChart daily={activity.daily} />
            </CardBody>
          </Card>
        </div>
        <Card aria-label="Recent activity">
          <CardHeader
            title="Recent activity"
            description="The latest things that happened to your workflows and payments, newest first."
          />
          <ActivityFeed feed={activity.feed} canCreate={hasRole(active.role, "OPERATOR")} now={new Date()} />
        </Card>
        <HydrateClient>
          <DashboardSummary businessId={businessId} />
        </HydrateClient>
      </div>
    </>
  );
};

export default DashboardPage;
