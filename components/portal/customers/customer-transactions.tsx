"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ShowMore } from "@/components/ui/show-more";
import type { CustomerTransactionOutput } from "@/server/api/trpc/routers/customers/customer-outputs";
import { formatDateTime } from "@/components/portal/format";
import { customerTransactionsInput, nextCursor } from "@/components/portal/list-query-inputs";
import { StatusBadge } from "@/components/portal/workflows/status-badge";
import { statusLabel } from "@/components/portal/workflows/workflow-format";
import { maskedAccount } from "./customer-format";

const History = ({ history }: { history: CustomerTransactionOutput["statusHistory"] }) => (
  <ol className="space-y-1">
    {history.map((change, _index) => (
      <li
        key={`${change.toStatus}-${change.createdAt}`}
        className="flex flex-wrap items-center gap-x-2 text-xs text-slate-600"
      >
        <span className="font-medium text-slate-800">{statusLabel(change.toStatus)}</span>
        <time dateTime={change.createdAt}>{formatDateTime(change.createdAt)}</time>
        {change.reason ? <span>· {change.reason}</span> : null}
      </li>
    ))}
  </ol>
);

/** The customer's transactions, newest first, each with every status it went through. */
export const CustomerTransactions = ({ businessId, customerId }: { businessId: string; customerId: string }) => {
  const trpc = useTRPC();
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } = useSuspenseInfiniteQuery(
    trpc.customers.transactions.infiniteQueryOptions(customerTransactionsInput(businessId, customerId), nextCursor),
  );
  const transactions = data.pages.flatMap((page) => page.items);
  return (
    <Card className="overflow-x-auto">
      <CardHeader
        title="Transactions"
        description="Money moved with this customer, newest first, with each status it went through."
      />
      {transactions.length === 0 ? (
        <EmptyState title="No transactions yet">
          A workflow with a move money step creates one when the customer confirms it.
        </EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">The customer's transactions</caption>
          <TableHead>
            <tr>
              <Th>Amount</Th>
              <Th>Account</Th>
              <Th>Status</Th>
              <Th>Status history</Th>
              <Th>Created</Th>
            </tr>
          </TableHead>
          <TableBody>
            {transactions.map((transaction) => (
              <tr key={transaction.id} className="align-top">
                <Th scope="row" className="whitespace-nowrap">
                  {transaction.amount} {transaction.currency}
                  <span className="block text-xs font-normal text-slate-500">
                    {transaction.transactionType === "SEND" ? "Paid out" : "Collected"} by {transaction.solution}
                  </span>
                  {transaction.workflowId ? (
                    <Link
                      href={`/portal/workflows/${transaction.workflowId}`}
                      className="text-xs font-normal text-brand-700 underline-offset-2 hover:underline"
                    >
                      View workflow
                    </Link>
                  ) : null}
                </Th>
                <Td className="whitespace-nowrap">{maskedAccount(transaction.financialAccount)}</Td>
                <Td>
                  <StatusBadge status={transaction.status} />
                  {transaction.failureReason ? (
                    <span className="mt-1 block text-xs text-red-800">{transaction.failureReason}</span>
                  ) : null}
                </Td>
                <Td>
                  <History history={transaction.statusHistory} />
                </Td>
                <Td className="whitespace-nowrap">{formatDateTime(transaction.createdAt)}</Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
      <ShowMore
        hasNextPage={hasNextPage}
        isFetchingNextPage={isFetchingNextPage}
        fetchNextPage={fetchNextPage}
        label="Show more transactions"
      />
    </Card>
  );
};
