"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCard, TableHead, Td, Th } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/portal/format";
import { nextCursor, templateListInput, type TemplateStatusFilter } from "@/components/portal/list-query-inputs";
import { ShowMore } from "@/components/ui/show-more";

export const TemplateList = ({
  businessId,
  status,
  canEdit,
}: {
  businessId: string;
  status: TemplateStatusFilter;
  canEdit: boolean;
}) => {
  const trpc = useTRPC();
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } = useSuspenseInfiniteQuery(
    trpc.templates.list.infiniteQueryOptions(templateListInput(businessId, status), nextCursor),
  );
  const templates = data.pages.flatMap((page) => page.items);
  if (templates.length === 0) {
    return (
      <Card>
        <EmptyState
          title={status === "ARCHIVED" ? "No archived templates" : "No templates yet"}
          action={
            canEdit && status !== "ARCHIVED" ? (
              <Link href="/portal/templates/new" className={buttonClasses()}>
                Create a template
              </Link>
            ) : undefined
          }
        >
          {status === "ARCHIVED"
            ? "Templates you archive are kept here."
            : "A template saves the steps, documents and payment of one kind of request, so every request of that kind asks for the same things."}
        </EmptyState>
      </Card>
    );
  }
  return (
    <TableCard label="Workflow templates">
      <Table>
        <caption className="sr-only">Workflow templates</caption>
        <TableHead>
          <tr>
            <Th>Name</Th>
            <Th>Title customers see</Th>
            <Th>Version</Th>
            <Th>Steps</Th>
            <Th>Last changed</Th>
            <Th>Status</Th>
          </tr>
        </TableHead>
        <TableBody>
          {templates.map((template) => (
            <tr key={template.id}>
              <Th scope="row">
                <Link
                  href={`/portal/templates/${template.id}`}
                  className="text-brand-700 underline-offset-2 hover:underline"
                >
                  {template.name}
                </Link>
              </Th>
              <Td>{template.title}</Td>
              <Td>v{template.version}</Td>
              <Td>{template.steps.length}</Td>
              <Td className="whitespace-nowrap">{formatDate(template.versionCreatedAt)}</Td>
              <Td>{template.status === "ARCHIVED" ? <Badge>Archived</Badge> : <Badge tone="success">Active</Badge>}</Td>
            </tr>
          ))}
        </TableBody>
      </Table>
      <ShowMore hasNextPage={hasNextPage} isFetchingNextPage={isFetchingNextPage} fetchNextPage={fetchNextPage} />
    </TableCard>
  );
};
