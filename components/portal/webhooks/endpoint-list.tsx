"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCard, TableHead, Td, Th } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/portal/format";
import { nextCursor } from "@/components/portal/list-query-inputs";
import { CreateEndpointDialog } from "./create-endpoint-dialog";
import { describeEventTypes, EndpointStatusBadge } from "./endpoint-status-badge";
import { endpointListInput } from "./webhook-query-inputs";
import { ShowMore } from "@/components/ui/show-more";

export const EndpointList = ({ businessId }: { businessId: string }) => {
  const trpc = useTRPC();
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } = useSuspenseInfiniteQuery(
    trpc.webhooks.list.infiniteQueryOptions(endpointListInput(businessId), nextCursor),
  );
  const [creating, setCreating] = useState(false);
  const endpoints = data.pages.flatMap((page) => page.items);
  const add = <Button onClick={() => setCreating(true)}>Add endpoint</Button>;
  return (
    <>
      {endpoints.length > 0 ? <div className="mb-4 flex justify-end">{add}</div> : null}
      <TableCard label="Webhook endpoints">
        {endpoints.length === 0 ? (
          <EmptyState title="No webhook endpoints yet" action={add}>
            Add the URL of your backend to be told when workflows, customers and transactions change, instead of polling
            the API.
          </EmptyState>
        ) : (
          <Table>
            <caption className="sr-only">Webhook endpoints of this business</caption>
            <TableHead>
              <tr>
                <Th>URL</Th>
                <Th>Description</Th>
                <Th>Events</Th>
                <Th>Status</Th>
                <Th>Created</Th>
              </tr>
            </TableHead>
            <TableBody>
              {endpoints.map((endpoint) => (
                <tr key={endpoint.id}>
                  <Th scope="row" className="max-w-xs break-all">
                    <Link
                      href={`/portal/webhooks/${endpoint.id}`}
                      className="font-mono text-xs text-brand-700 underline-offset-2 hover:underline"
                    >
                      {endpoint.url}
                    </Link>
                  </Th>
                  <Td>{endpoint.description ?? <span className="text-slate-500">—</span>}</Td>
                  <Td className="max-w-xs text-xs">{describeEventTypes(endpoint.eventTypes)}</Td>
                  <Td>
                    <EndpointStatusBadge status={endpoint.status} />
                  </Td>
                  <Td className="whitespace-nowrap">{formatDate(endpoint.createdAt)}</Td>
                </tr>
              ))}
            </TableBody>
          </Table>
        )}
        <ShowMore hasNextPage={hasNextPage} isFetchingNextPage={isFetchingNextPage} fetchNextPage={fetchNextPage} />
      </TableCard>
      <CreateEndpointDialog businessId={businessId} open={creating} onClose={() => setCreating(false)} />
    </>
  );
};
