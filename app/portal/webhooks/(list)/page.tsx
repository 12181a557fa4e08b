import type { Metadata } from "next";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { nextCursor } from "@/components/portal/list-query-inputs";
import { EndpointList } from "@/components/portal/webhooks/endpoint-list";
import { endpointListInput } from "@/components/portal/webhooks/webhook-query-inputs";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";

const page = PORTAL_PAGES.webhooks;

export const metadata: Metadata = { title: page.label };

const WebhooksPage = async () => {
  const { active } = await requirePortalAccess(page.href, page.minRole);
  await getQueryClient().prefetchInfiniteQuery(
    trpc.webhooks.list.infiniteQueryOptions(endpointListInput(active.businessId), nextCursor),
  );
  return (
    <>
      <PageHeader title="Webhooks" description={page.purpose} />
      <HydrateClient>
        <EndpointList businessId={active.businessId} />
      </HydrateClient>
    </>
  );
};

export default WebhooksPage;
