import type { Metadata } from "next";
import { ApiKeyList } from "@/components/portal/api-keys/api-key-list";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";

const page = PORTAL_PAGES.apiKeys;

export const metadata: Metadata = { title: page.label };

const ApiKeysPage = async () => {
  const { active } = await requirePortalAccess(page.href, page.minRole);
  await getQueryClient().prefetchQuery(trpc.apiKeys.list.queryOptions({ businessId: active.businessId }));
  return (
    <>
      <PageHeader title="API keys" description={page.purpose} />
      <HydrateClient>
        <ApiKeyList businessId={active.businessId} />
      </HydrateClient>
    </>
  );
};

export default ApiKeysPage;
