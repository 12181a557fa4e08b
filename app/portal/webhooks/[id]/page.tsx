import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { nextCursor } from "@/components/portal/list-query-inputs";
import { EndpointDetail } from "@/components/portal/webhooks/endpoint-detail";
import { deliveryListInput } from "@/components/portal/webhooks/webhook-query-inputs";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";

export const metadata: Metadata = { title: "Webhook endpoint" };

const WebhookEndpointPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { active } = await requirePortalAccess(`/portal/webhooks/${id}`, PORTAL_PAGES.webhooks.minRole);
  const queryClient = getQueryClient();
  // Another business's endpoint, or none: the same 404.
  const endpoint = await queryClient
    .fetchQuery(trpc.webhooks.get.queryOptions({ businessId: active.businessId, endpointId: id }))
    .catch(() => null);
  if (!endpoint) notFound();
  await queryClient.prefetchInfiniteQuery(
    trpc.webhooks.deliveries.infiniteQueryOptions(deliveryListInput(active.businessId, id), nextCursor),
  );
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/portal/webhooks" className="text-brand-700 hover:underline">
          ← Webhooks
        </Link>
      </p>
      <PageHeader
        title={endpoint.description || "Webhook endpoint"}
        description="Signed events go to this URL; every attempt shows in the log below."
      />
      <HydrateClient>
        <EndpointDetail businessId={active.businessId} endpointId={id} />
      </HydrateClient>
    </>
  );
};

export default WebhookEndpointPage;
