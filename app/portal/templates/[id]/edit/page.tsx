import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/portal/page-header";
import { templateToDraft } from "@/components/portal/templates/template-draft";
import { TemplateForm } from "@/components/portal/templates/template-form";
import { Card, CardBody } from "@/components/ui/card";
import { getQueryClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";

export const metadata: Metadata = { title: "Edit template" };

const EditTemplatePage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { active } = await requirePortalAccess(`/portal/templates/${id}/edit`, "ADMIN");
  const data = await getQueryClient()
    .fetchQuery(trpc.templates.get.queryOptions({ businessId: active.businessId, templateId: id }))
    .catch(() => null);
  if (!data) notFound();
  if (data.template.status === "ARCHIVED") redirect(`/portal/templates/${id}`);
  return (
    <>
      <PageHeader
        title={`Edit ${data.template.name}`}
        description={`Saving makes version ${data.template.version + 1}; version ${data.template.version} stays as it is.`}
      />
      <Card>
        <CardBody className="py-6">
          <TemplateForm
            businessId={active.businessId}
            initial={templateToDraft(data.template)}
            templateId={id}
            currentVersion={data.template.version}
          />
        </CardBody>
      </Card>
    </>
  );
};

export default EditTemplatePage;
