import type { Metadata } from "next";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { RenameBusinessForm } from "@/components/portal/settings/rename-business-form";
import { TextLimitsForm } from "@/components/portal/settings/text-limits-form";
import { WorkflowDefaultsForm } from "@/components/portal/settings/workflow-defaults-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";
import { hasRole } from "@/server/contracts/team/roles";

const page = PORTAL_PAGES.settings;

export const metadata: Metadata = { title: page.label };

const SettingsPage = async () => {
  const { active } = await requirePortalAccess(page.href, page.minRole);
  const canEdit = hasRole(active.role, "ADMIN");
  await getQueryClient().prefetchQuery(trpc.settings.get.queryOptions({ businessId: active.businessId }));
  return (
    <>
      <PageHeader title="Settings" description={page.purpose} />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Business" />
          <CardBody>
            <RenameBusinessForm
              key={active.businessId}
              businessId={active.businessId}
              name={active.businessName}
              canEdit={canEdit}
            />
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Messages and reminders"
            description="Who your texts are from, how long new links stay valid, and when customers who have not finished are reminded by SMS."
          />
          <CardBody>
            <HydrateClient>
              <WorkflowDefaultsForm
                businessId={active.businessId}
                businessName={active.businessName}
                canEdit={canEdit}
              />
            </HydrateClient>
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Text limits"
            description="How many texts LinX may send for you in an hour, and to which countries."
          />
          <CardBody>
            <HydrateClient>
              <TextLimitsForm businessId={active.businessId} canEdit={canEdit} />
            </HydrateClient>
          </CardBody>
        </Card>
      </div>
    </>
  );
};

export default SettingsPage;
