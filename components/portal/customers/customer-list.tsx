"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { readCustomerListParams, type CustomerListParams } from "@/server/contracts/customers/customer-list-params";
import { formatDate } from "@/components/portal/format";
import { CustomerListFilters } from "./customer-list-filters";
import { CustomerStatusBadge } from "./customer-format";

const toSearch = (params: CustomerListParams & { cursor?: string }) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  return search.toString();
};

export const CustomerList = ({ businessId }: { businessId: string }) => {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname() ?? "/portal";
  // Null only under the Pages Router's types (pages/ holds the Gateway's route); never on these App Router pages.
  const searchParams = useSearchParams() ?? new URLSearchParams();
  const params = readCustomerListParams(searchParams);
  const cursor = searchParams.get("cursor") ?? undefined;
  const list = useQuery({
    ...trpc.customers.list.queryOptions({ businessId, ...params, cursor }),
    placeholderData: keepPreviousData,
  });
  const go = (next: CustomerListParams & { cursor?: string }) => {
    const search = toSearch(next);
    router.push(search ? `${pathname}?${search}` : pathname);
  };
  const items = list.data?.items ?? [];
  return (
    <div className="space-y-4">
      <Card className="p-4">
        <CustomerListFilters key={params.q ?? ""} params={params} onChange={go} />
      </Card>
      <p className="text-sm text-slate-600" aria-live="polite">
        {list.isFetching
          ? "Loading…"
          : `${items.length}${list.data?.nextCursor ? "+" : ""} customer${items.length === 1 ? "" : "s"}${cursor ? " on this page" : ""}`}
      </p>
      {list.isError ? <Alert tone="error">The list could not be loaded: {list.error.message}</Alert> : null}
      <Card className="overflow-x-auto" aria-busy={list.isFetching}>
        {list.isPending ? (
          <p className="px-5 py-10 text-center text-sm text-slate-500">Loading customers…</p>
        ) : items.length === 0 ? (
          params.q || params.status ? (
            <EmptyState title="No customers match">
              Try fewer words, part of the phone number or another status, or clear the search.
            </EmptyState>
          ) : (
            <EmptyState
              title="No customers yet"
              action={
                <Link href="/portal/workflows" className={buttonClasses({ variant: "secondary" })}>
                  Go to workflows
                </Link>
              }
            >
              Customers appear here when a workflow creates or updates them: send a workflow with a customer account
              step, and the customer shows up once they complete it.
            </EmptyState>
          )
        ) : (
          <Table className={list.isPlaceholderData ? "opacity-60" : undefined}>
            <caption className="sr-only">Customers</caption>
            <TableHead>
              <tr>
                <Th>Customer</Th>
                <Th>Phone number</Th>
                <Th>Email</Th>
                <Th>Status</Th>
                <Th>Workflows</Th>
                <Th>Created</Th>
              </tr>
            </TableHead>
            <TableBody>
              {items.map((customer) => (
                <tr key={customer.id} className="hover:bg-slate-50">
                  <Th scope="row" className="max-w-64">
                    <Link
                      href={`/portal/customers/${customer.id}`}
                      className="text-brand-700 underline-offset-2 hover:underline"
                    >
                      {customer.firstName} {customer.lastName}
                    </Link>
                    <span className="block truncate text-xs font-normal text-slate-500">{customer.id}</span>
                  </Th>
                  <Td className="whitespace-nowrap">{customer.phoneNumber}</Td>
                  <Td className="max-w-64 [overflow-wrap:anywhere]">
                    {customer.email ?? <span className="text-slate-500">—</span>}
                  </Td>
                  <Td>
                    <CustomerStatusBadge status={customer.status} />
                  </Td>
                  <Td>{customer.workflowCount}</Td>
                  <Td className="whitespace-nowrap">{formatDate(customer.createdAt)}</Td>
                </tr>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
      <nav aria-label="Pages" className="flex justify-end gap-2">
        {cursor ? (
          <button
            type="button"
            onClick={() => go(params)}
            className={buttonClasses({ variant: "secondary", size: "sm" })}
          >
            First page
          </button>
        ) : null}
        {list.data?.nextCursor ? (
          <button
            type="button"
            onClick={() => go({ ...params, cursor: list.data.nextCursor! })}
            className={buttonClasses({ variant: "secondary", size: "sm" })}
          >
            Next page
          </button>
        ) : null}
      </nav>
    </div>
  );
};
