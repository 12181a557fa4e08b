import type { Metadata } from "next";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { RenameBusinessForm } from "@/components/portal/rename-business-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePortalAccess } from "@/server/auth/portal-access";
import { hasRole } from "@/server/auth/roles";

const page = PORTAL_PAGES.settings;

export const metadata: Metadata = { title: page.label };

const SettingsPage = async () => {
  const { active } = await requirePortalAccess(page.href, page.minRole);
  return (
    <>
      <PageHeader title="Settings" description={page.purpose} />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Business" />
          <CardBody>
            <RenameBusinessForm key={active.businessName} businessId={active.businessId} name={active.businessName} canEdit={hasRole(active.role, "ADMIN")} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Messages and reminders" />
          <CardBody>
            <p className="max-w-2xl text-sm leading-6 text-slate-600">
              The SMS sender name, how long links stay valid and when reminders go out will be set here. Until then every workflow uses the
              defaults: links last 90 days, the first reminder goes out after a day, then every three days, and one more a day before the link expires.
            </p>
          </CardBody>
        </Card>
      </div>
    </>
  );
};

export default SettingsPage;
