"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Table, TableBody, TableCard, TableHead, Td, Th } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { AuditFilters } from "@/server/services/audit/audit-filters";
import { formatDateTime } from "@/components/portal/format";
import { auditLogInput, nextCursor } from "@/components/portal/list-query-inputs";
import { ShowMore } from "@/components/ui/show-more";

const ACTOR_TYPE_LABEL = { USER: "Staff", API_KEY: "API key", CUSTOMER: "Customer", SYSTEM: "LinX" } as const;

const details = (metadata: unknown) => (metadata === null || metadata === undefined ? "" : JSON.stringify(metadata));

export const AuditLogTable = ({ businessId, filters }: { businessId: string; filters: AuditFilters }) => {
  const trpc = useTRPC();
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } = useSuspenseInfiniteQuery(
    trpc.auditLog.list.infiniteQueryOptions(auditLogInput(businessId, filters), nextCursor),
  );
  const entries = data.pages.flatMap((page) => page.items);
  const actions = [...new Set(entries.map((entry) => entry.action))].sort();
  return (
    <TableCard label="Audit log entries">
      <datalist id="audit-actions">
        {actions.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
      {entries.length === 0 ? (
        <EmptyState title="Nothing matches these filters">
          Widen the dates or clear the filters to see more. Every change made by staff, API keys, customers or LinX
          lands here.
        </EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Audit log entries, newest first</caption>
          <TableHead>
            <tr>
              <Th>When</Th>
              <Th>Who</Th>
              <Th>Action</Th>
              <Th>On</Th>
              <Th>From</Th>
              <Th>Details</Th>
            </tr>
          </TableHead>
          <TableBody>
            {entries.map((entry) => (
              <tr key={entry.id} className="align-top">
                <Td className="whitespace-nowrap">{formatDateTime(entry.createdAt)}</Td>
                <Td>
                  <span className="block text-slate-900">{entry.actorLabel ?? ACTOR_TYPE_LABEL[entry.actorType]}</span>
                  {entry.actorLabel ? (
                    <span className="block text-xs text-slate-500">{ACTOR_TYPE_LABEL[entry.actorType]}</span>
                  ) : null}
                </Td>
                <Td className="font-mono text-xs whitespace-nowrap text-slate-900">{entry.action}</Td>
                <Td className="text-xs">
                  {entry.targetType ? (
                    <>
                      <span className="block">{entry.targetType}</span>
                      <span className="block font-mono text-slate-500">{entry.targetId}</span>
                    </>
                  ) : (
                    "—"
                  )}
                </Td>
                <Td className="font-mono text-xs whitespace-nowrap">{entry.ipAddress ?? "—"}</Td>
                <Td className="max-w-xs min-w-64 font-mono text-xs break-all">{details(entry.metadata)}</Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
      <ShowMore
        hasNextPage={hasNextPage}
        isFetchingNextPage={isFetchingNextPage}
        fetchNextPage={fetchNextPage}
        label="Show older entries"
      />
    </TableCard>
  );
};
