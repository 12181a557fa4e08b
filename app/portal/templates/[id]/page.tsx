import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { TemplateDetail } from "@/components/portal/templates/template-detail";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";
import { hasRole } from "@/server/contracts/team/roles";

export const metadata: Metadata = { title: "Template" };

const TemplatePage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { active } = await requirePortalAccess(`/portal/templates/${id}`, PORTAL_PAGES.templates.minRole);
  const input = { businessId: active.businessId, templateId: id };
  // Another business's template, or none: the same 404.
  const data = await getQueryClient()
    .fetchQuery(trpc.templates.get.queryOptions(input))
    .catch(() => null);
  if (!data) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/portal/templates" className="text-brand-700 hover:underline">
          ← Templates
        </Link>
      </p>
      <PageHeader title={data.template.name} />
      <HydrateClient>
        <TemplateDetail businessId={active.businessId} templateId={id} canEdit={hasRole(active.role, "ADMIN")} />
      </HydrateClient>
    </>
  );
};

export default TemplatePage;
