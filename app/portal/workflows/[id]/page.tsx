import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { WorkflowDetail } from "@/components/portal/workflows/workflow-detail";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";
import { hasRole } from "@/server/contracts/team/roles";

const page = PORTAL_PAGES.workflows;

export const metadata: Metadata = { title: "Workflow" };

const WorkflowPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { active } = await requirePortalAccess(`${page.href}/${encodeURIComponent(id)}`, page.minRole);
  const options = trpc.workflows.get.queryOptions({ businessId: active.businessId, workflowId: id });
  const detail = await getQueryClient()
    .fetchQuery(options)
    .catch((error: unknown) => {
      if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
      throw error;
    });
  return (
    <>
      <PageHeader
        title={detail.workflow.title}
        description={<span className="break-all">Workflow {detail.workflow.id}</span>}
      />
      <HydrateClient>
        <WorkflowDetail businessId={active.businessId} workflowId={id} canAct={hasRole(active.role, "OPERATOR")} />
      </HydrateClient>
    </>
  );
};

export default WorkflowPage;
