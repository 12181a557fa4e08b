import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "./page-header";
import type { PortalPage } from "./portal-pages";

/**
 * A Portal section whose screens are built in later issues: it says what the section is for
 * and shows nothing invented in the meantime.
 */
export const PlannedPage = ({ page, businessName }: { page: PortalPage; businessName: string }) => (
  <>
    <PageHeader title={page.label} />
    <Card>
      <CardBody className="space-y-2 py-6">
        <h2 className="text-sm font-semibold text-slate-900">What this section is for</h2>
        <p className="max-w-2xl text-sm leading-6 text-slate-600">{page.purpose}</p>
        <p className="text-sm text-slate-500">Nothing is listed here for {businessName} yet: this screen is not built in this version of LinX.</p>
      </CardBody>
    </Card>
  </>
);
