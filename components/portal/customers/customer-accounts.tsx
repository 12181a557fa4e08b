import { Card, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { CustomerDetailOutput } from "@/server/api/trpc/routers/customers/customer-outputs";
import { formatDate } from "@/components/portal/format";
import { CustomerStatusBadge, maskedAccount } from "./customer-format";

/** The customer's financial accounts: last four digits only, never the number. */
export const CustomerAccounts = ({ accounts }: { accounts: CustomerDetailOutput["financialAccounts"] }) => (
  <Card className="overflow-x-auto">
    <CardHeader
      title="Financial accounts"
      description={`Bank accounts and cards the customer added; only the last four digits are kept in clear.${accounts.hasMore ? " Showing the most recent ones." : ""}`}
    />
    {accounts.items.length === 0 ? (
      <EmptyState title="No financial accounts">
        A workflow with a financial account step asks the customer to add one.
      </EmptyState>
    ) : (
      <Table>
        <caption className="sr-only">Financial accounts</caption>
        <TableHead>
          <tr>
            <Th>Account</Th>
            <Th>Type</Th>
            <Th>Holder</Th>
            <Th>Status</Th>
            <Th>Added</Th>
          </tr>
        </TableHead>
        <TableBody>
          {accounts.items.map((account) => (
            <tr key={account.id}>
              <Th scope="row" className="whitespace-nowrap">
                {maskedAccount(account)}
              </Th>
              <Td>
                {account.type === "CARD" ? "Card" : "Bank account"}
                {account.routingNumber ? (
                  <span className="block text-xs text-slate-500">Routing {account.routingNumber}</span>
                ) : null}
              </Td>
              <Td>{account.holderName}</Td>
              <Td>
                <CustomerStatusBadge status={account.status} />
              </Td>
              <Td className="whitespace-nowrap">{formatDate(account.createdAt)}</Td>
            </tr>
          ))}
        </TableBody>
      </Table>
    )}
  </Card>
);
