"use client";

import { keepPreviousData, useQuery, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { readWorkflowListParams, type WorkflowListParams } from "@/server/contracts/workflows/workflow-list-params";
import { workflowListInput } from "@/components/portal/list-query-inputs";
import { StatusBadge } from "./status-badge";
import { formatDateTime } from "./workflow-format";
import { WorkflowListFilters } from "./workflow-list-filters";

type PageCursor = { after?: string; before?: string };

const toSearch = (params: WorkflowListParams & PageCursor) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  return search.toString();
};

/** A link to another page of the list, or the same label greyed out when there is none that way. */
const PageLink = ({ href, children }: { href: string | null; children: string }) =>
  href ? (
    <Link href={href} prefetch={false} className={buttonClasses({ variant: "secondary", size: "sm" })}>
      {children}
    </Link>
  ) : (
    <Button variant="secondary" size="sm" disabled>
      {children}
    </Button>
  );

export const WorkflowList = ({ businessId, canCreate }: { businessId: string; canCreate: boolean }) => {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname() ?? "/portal";
  // Null only under the Pages Router's types (pages/ holds the Gateway's route); never on these App Router pages.
  const searchParams = useSearchParams() ?? new URLSearchParams();
  const params = readWorkflowListParams(searchParams);
  const input = workflowListInput(businessId, searchParams);
  const paged = Boolean(input.after || input.before);
  const { data: options } = useSuspenseQuery(trpc.workflows.formOptions.queryOptions({ businessId }));
  const list = useQuery({ ...trpc.workflows.list.queryOptions(input), placeholderData: keepPreviousData });
  // Pages and filters live in the URL, so back, forward and a shared link show the same page.
  const hrefOf = (next: WorkflowListParams & PageCursor) => {
    const search = toSearch(next);
    return search ? `${pathname}?${search}` : pathname;
  };
  const go = (next: WorkflowListParams) => router.push(hrefOf(next));
  // While another page or filter loads, the rows shown are the old ones: so are their cursors.
  const { nextCursor, previousCursor } =
    list.data && !list.isPlaceholderData ? list.data : { nextCursor: null, previousCursor: null };
  const filtered = Boolean(params.q || params.status || params.template || params.from || params.to);
  const items = list.data?.items ?? [];
  return (
    <div className="space-y-4">
      <Card className="p-4">
        <WorkflowListFilters key={params.q ?? ""} params={params} templates={options.templates} onChange={go} />
      </Card>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600" aria-live="polite">
          {list.isFetching
            ? "Loading…"
            : `${items.length}${nextCursor ? "+" : ""} workflow${items.length === 1 ? "" : "s"}${paged ? " on this page" : ""}`}
        </p>
        <a
          href={`/portal/workflows/export?${toSearch(params)}`}
          className={buttonClasses({ variant: "secondary", size: "sm" })}
          download
        >
          Export CSV
        </a>
      </div>
      {list.isError ? <Alert tone="error">The list could not be loaded: {list.error.message}</Alert> : null}
      <Card className="overflow-x-auto" aria-busy={list.isFetching}>
        {list.isPending ? (
          <p className="px-5 py-10 text-center text-sm text-slate-500">Loading workflows…</p>
        ) : items.length === 0 ? (
          filtered ? (
            <EmptyState title="No workflows match">
              Try fewer words, another status or a wider date range, or clear the filters.
            </EmptyState>
          ) : (
            <EmptyState
              title="No workflows yet"
              action={
                canCreate ? (
                  <Link href="/portal/workflows/new" className={buttonClasses()}>
                    Send a workflow
                  </Link>
                ) : undefined
              }
            >
              A workflow texts a customer a secure link to review and confirm what you ask.{" "}
              {canCreate ? "Send the first one." : "Operators and admins can send them."}
            </EmptyState>
          )
        ) : (
          <table className={`w-full text-sm ${list.isPlaceholderData ? "opacity-60" : ""}`}>
            <caption className="sr-only">Workflows</caption>
            <thead className="border-b border-slate-100 text-left text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  Workflow
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Customer
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Status
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Steps
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Created
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Expires
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((workflow) => (
                <tr key={workflow.id} className="hover:bg-slate-50">
                  <th scope="row" className="max-w-64 px-4 py-3 text-left font-medium">
                    <Link href={`/portal/workflows/${workflow.id}`} className="text-brand-700 hover:underline">
                      {workflow.title}
                    </Link>
                    <span className="block truncate text-xs font-normal text-slate-500">
                      {workflow.template ? `${workflow.template.name} · ` : ""}
                      {workflow.id}
                    </span>
                  </th>
                  <td className="px-4 py-3 text-slate-700">
                    <span className="block">
                      {workflow.customerName ?? <span className="text-slate-500">New customer</span>}
                    </span>
                    <span className="block text-xs text-slate-500">
                      {workflow.channel === "EMAIL" ? workflow.email : workflow.phoneNumber}
                    </span>
                  </td>
                  <td className="px-4 py-3">
                    <StatusBadge status={workflow.status} />
                  </td>
                  <td className="px-4 py-3 text-slate-700">
                    {workflow.stepsCompleted} of {workflow.stepsTotal}
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-slate-700">{formatDateTime(workflow.createdAt)}</td>
                  <td className="whitespace-nowrap px-4 py-3 text-slate-700">{formatDateTime(workflow.expireAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {paged || nextCursor ? (
        <nav aria-label="Pages" className="flex justify-end gap-2">
          {paged ? <PageLink href={hrefOf(params)}>First page</PageLink> : null}
          <PageLink href={previousCursor ? hrefOf({ ...params, before: previousCursor }) : null}>
            Previous page
          </PageLink>
          <PageLink href={nextCursor ? hrefOf({ ...params, after: nextCursor }) : null}>Next page</PageLink>
        </nav>
      ) : null}
    </div>
  );
};
