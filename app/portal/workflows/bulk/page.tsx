import type { Metadata } from "next";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { BulkSendForm } from "@/components/portal/workflows/bulk/bulk-send-form";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";

export const metadata: Metadata = { title: "Bulk send" };

const BulkSendPage = async () => {
  const { active } = await requirePortalAccess(`${PORTAL_PAGES.workflows.href}/bulk`, "OPERATOR");
  await getQueryClient().prefetchQuery(trpc.workflows.formOptions.queryOptions({ businessId: active.businessId }));
  return (
    <>
      <PageHeader
        title="Bulk send"
        description="Send one template to many customers at once: upload a CSV, check the rows, then send to every valid one."
      />
      <HydrateClient>
        <BulkSendForm businessId={active.businessId} />
      </HydrateClient>
    </>
  );
};

export default BulkSendPage;
