import type { Metadata } from "next";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { EMPTY_DRAFT } from "@/components/portal/templates/template-draft";
import { TemplateForm } from "@/components/portal/templates/template-form";
import { Card, CardBody } from "@/components/ui/card";
import { requirePortalAccess } from "@/server/auth/portal-access";

export const metadata: Metadata = { title: "New template" };

const NewTemplatePage = async () => {
  const { active } = await requirePortalAccess("/portal/templates/new", "ADMIN");
  return (
    <>
      <PageHeader title="New template" description={PORTAL_PAGES.templates.purpose} />
      <Card>
        <CardBody className="py-6">
          <TemplateForm businessId={active.businessId} initial={EMPTY_DRAFT} />
        </CardBody>
      </Card>
    </>
  );
};

export default NewTemplatePage;
