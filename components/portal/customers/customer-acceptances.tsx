import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { CustomerDetailOutput } from "@/server/api/trpc/routers/customers/customer-outputs";
import { formatDateTime } from "@/components/portal/format";

/** Every legal document version the customer accepted, with when, where from and in which workflow. */
export const CustomerAcceptances = ({ acceptances }: { acceptances: CustomerDetailOutput["acceptances"] }) => (
  <Card className="overflow-x-auto">
    <CardHeader
      title="Documents accepted"
      description={`The exact version each time, newest first.${acceptances.hasMore ? " Showing the most recent ones." : ""}`}
    />
    {acceptances.items.length === 0 ? (
      <EmptyState title="No documents accepted">
        A workflow with a document acceptance step asks the customer to accept your legal documents.
      </EmptyState>
    ) : (
      <Table>
        <caption className="sr-only">Documents accepted</caption>
        <TableHead>
          <tr>
            <Th>Document</Th>
            <Th>Version</Th>
            <Th>Accepted</Th>
            <Th>Workflow</Th>
            <Th>From</Th>
          </tr>
        </TableHead>
        <TableBody>
          {acceptances.items.map((acceptance) => (
            <tr key={acceptance.id}>
              <Th scope="row">
                <Link
                  href={`/portal/legal-documents/${acceptance.document.key}`}
                  className="text-brand-700 underline-offset-2 hover:underline"
                >
                  {acceptance.document.title}
                </Link>
              </Th>
              <Td>v{acceptance.document.version}</Td>
              <Td className="whitespace-nowrap">{formatDateTime(acceptance.acceptedAt)}</Td>
              <Td>
                {acceptance.workflow ? (
                  <Link
                    href={`/portal/workflows/${acceptance.workflow.id}`}
                    className="text-brand-700 underline-offset-2 hover:underline"
                  >
                    {acceptance.workflow.title}
                  </Link>
                ) : (
                  <span className="text-slate-500">—</span>
                )}
              </Td>
              <Td className="font-mono text-xs">{acceptance.ipAddress ?? "—"}</Td>
            </tr>
          ))}
        </TableBody>
      </Table>
    )}
  </Card>
);
