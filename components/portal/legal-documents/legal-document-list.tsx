"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCard, TableHead, Td, Th } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/portal/format";
import { legalDocumentListInput, nextCursor } from "@/components/portal/list-query-inputs";
import { CreateLegalDocumentDialog } from "./create-legal-document-dialog";
import { ShowMore } from "@/components/ui/show-more";

export const LegalDocumentList = ({ businessId, canEdit }: { businessId: string; canEdit: boolean }) => {
  const trpc = useTRPC();
  const [creating, setCreating] = useState(false);
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } = useSuspenseInfiniteQuery(
    trpc.legalDocuments.list.infiniteQueryOptions(legalDocumentListInput(businessId), nextCursor),
  );
  const documents = data.pages.flatMap((page) => page.items);
  return (
    <>
      {canEdit ? (
        <div className="mb-4 flex justify-end">
          <Button onClick={() => setCreating(true)}>New document</Button>
        </div>
      ) : null}
      <TableCard label="Legal documents">
        {documents.length === 0 ? (
          <EmptyState title="No legal documents yet">
            Add your terms, privacy policy or authorisations here; templates and workflows can then ask customers to
            accept them.
          </EmptyState>
        ) : (
          <Table>
            <caption className="sr-only">Legal documents</caption>
            <TableHead>
              <tr>
                <Th>Title</Th>
                <Th>Document id</Th>
                <Th>Current version</Th>
                <Th>Updated</Th>
              </tr>
            </TableHead>
            <TableBody>
              {documents.map((document) => (
                <tr key={document.key}>
                  <Th scope="row">
                    <Link
                      href={`/portal/legal-documents/${document.key}`}
                      className="text-brand-700 underline-offset-2 hover:underline"
                    >
                      {document.title}
                    </Link>
                  </Th>
                  <Td className="font-mono text-xs">{document.key}</Td>
                  <Td>v{document.version}</Td>
                  <Td className="whitespace-nowrap">{formatDate(document.updatedAt)}</Td>
                </tr>
              ))}
            </TableBody>
          </Table>
        )}
        <ShowMore hasNextPage={hasNextPage} isFetchingNextPage={isFetchingNextPage} fetchNextPage={fetchNextPage} />
      </TableCard>
      {canEdit ? (
        <CreateLegalDocumentDialog businessId={businessId} open={creating} onClose={() => setCreating(false)} />
      ) : null}
    </>
  );
};
