"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ShowMore } from "@/components/ui/show-more";
import { formatDateTime } from "@/components/portal/format";
import { customerWorkflowsInput, nextCursor } from "@/components/portal/list-query-inputs";
import { StatusBadge } from "@/components/portal/workflows/status-badge";

/** The workflows sent to the customer, newest first. */
export const CustomerWorkflows = ({ businessId, customerId }: { businessId: string; customerId: string }) => {
  const trpc = useTRPC();
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } = useSuspenseInfiniteQuery(
    trpc.customers.workflows.infiniteQueryOptions(customerWorkflowsInput(businessId, customerId), nextCursor),
  );
  const workflows = data.pages.flatMap((page) => page.items);
  return (
    <Card className="overflow-x-auto">
      <CardHeader title="Workflows" description="Every request sent to this customer, newest first." />
      {workflows.length === 0 ? (
        <EmptyState title="No workflows yet">A workflow that looks up this customer's profile lists here.</EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">The customer's workflows</caption>
          <TableHead>
            <tr>
              <Th>Workflow</Th>
              <Th>Status</Th>
              <Th>Steps</Th>
              <Th>Created</Th>
            </tr>
          </TableHead>
          <TableBody>
            {workflows.map((workflow) => (
              <tr key={workflow.id}>
                <Th scope="row">
                  <Link
                    href={`/portal/workflows/${workflow.id}`}
                    className="text-brand-700 underline-offset-2 hover:underline"
                  >
                    {workflow.title}
                  </Link>
                  {workflow.template ? (
                    <span className="block text-xs font-normal text-slate-500">{workflow.template.name}</span>
                  ) : null}
                </Th>
                <Td>
                  <StatusBadge status={workflow.status} />
                </Td>
                <Td>
                  {workflow.stepsCompleted} of {workflow.stepsTotal}
                </Td>
                <Td className="whitespace-nowrap">{formatDateTime(workflow.createdAt)}</Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
      <ShowMore
        hasNextPage={hasNextPage}
        isFetchingNextPage={isFetchingNextPage}
        fetchNextPage={fetchNextPage}
        label="Show more workflows"
      />
    </Card>
  );
};
