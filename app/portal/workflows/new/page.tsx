import type { Metadata } from "next";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { NewWorkflowForm } from "@/components/portal/workflows/new-workflow-form";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";
import { env } from "@/server/env";

export const metadata: Metadata = { title: "New workflow" };

const NewWorkflowPage = async () => {
  const { active } = await requirePortalAccess(`${PORTAL_PAGES.workflows.href}/new`, "OPERATOR");
  await getQueryClient().prefetchQuery(trpc.workflows.formOptions.queryOptions({ businessId: active.businessId }));
  return (
    <>
      <PageHeader
        title="New workflow"
        description="Text a customer a secure link asking for exactly what you need. Build the steps here or start from a template."
      />
      <HydrateClient>
        <NewWorkflowForm businessId={active.businessId} appUrl={env().APP_URL} />
      </HydrateClient>
    </>
  );
};

export default NewWorkflowPage;
