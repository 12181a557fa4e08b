import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CustomerDetail } from "@/components/portal/customers/customer-detail";
import { customerName } from "@/components/portal/customers/customer-format";
import { customerTransactionsInput, customerWorkflowsInput, nextCursor } from "@/components/portal/list-query-inputs";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";
import { hasRole } from "@/server/contracts/team/roles";

const page = PORTAL_PAGES.customers;

export const metadata: Metadata = { title: "Customer" };

const CustomerPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { active } = await requirePortalAccess(`${page.href}/${encodeURIComponent(id)}`, page.minRole);
  const businessId = active.businessId;
  const queryClient = getQueryClient();
  // Another business's customer, a malformed id or none: the same 404.
  const detail = await queryClient
    .fetchQuery(trpc.customers.get.queryOptions({ businessId, customerId: id }))
    .catch(() => null);
  if (!detail) notFound();
  await Promise.all([
    queryClient.prefetchInfiniteQuery(
      trpc.customers.workflows.infiniteQueryOptions(customerWorkflowsInput(businessId, id), nextCursor),
    ),
    queryClient.prefetchInfiniteQuery(
      trpc.customers.transactions.infiniteQueryOptions(customerTransactionsInput(businessId, id), nextCursor),
    ),
  ]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={page.href} className="text-brand-700 hover:underline">
          ← Customers
        </Link>
      </p>
      <PageHeader
        title={customerName(detail.customer)}
        description={<span className="break-all">Customer {detail.customer.id}</span>}
      />
      <HydrateClient>
        <CustomerDetail businessId={businessId} customerId={id} canAct={hasRole(active.role, "OPERATOR")} />
      </HydrateClient>
    </>
  );
};

export default CustomerPage;
