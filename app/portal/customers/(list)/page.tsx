import type { Metadata } from "next";
import { CustomerList } from "@/components/portal/customers/customer-list";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";
import { readCustomerListParams } from "@/server/contracts/customers/customer-list-params";

const page = PORTAL_PAGES.customers;

export const metadata: Metadata = { title: page.label };

const CustomersPage = async ({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  const { active } = await requirePortalAccess(page.href, page.minRole);
  const raw = await searchParams;
  const search = new URLSearchParams(
    Object.entries(raw).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])),
  );
  const cursor = search.get("cursor") ?? undefined;
  await getQueryClient().prefetchQuery(
    trpc.customers.list.queryOptions({ businessId: active.businessId, ...readCustomerListParams(search), cursor }),
  );
  return (
    <>
      <PageHeader title={page.label} description={page.purpose} />
      <HydrateClient>
        <CustomerList businessId={active.businessId} />
      </HydrateClient>
    </>
  );
};

export default CustomersPage;
