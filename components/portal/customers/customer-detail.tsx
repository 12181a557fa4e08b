"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { CustomerAcceptances } from "./customer-acceptances";
import { CustomerAccounts } from "./customer-accounts";
import { CustomerEmailOptOut } from "./customer-email-opt-out";
import { CustomerProfile } from "./customer-profile";
import { CustomerTransactions } from "./customer-transactions";
import { CustomerWorkflows } from "./customer-workflows";

/** Everything the Portal knows about one customer; the same as the REST API serves, accounts masked. */
export const CustomerDetail = ({
  businessId,
  customerId,
  canAct,
}: {
  businessId: string;
  customerId: string;
  /** Operators and above may resume emails the customer unsubscribed from. */
  canAct: boolean;
}) => {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.customers.get.queryOptions({ businessId, customerId }));
  return (
    <div className="space-y-6">
      <CustomerProfile customer={data.customer} />
      {data.emailUnsubscribedAt && data.customer.email ? (
        <CustomerEmailOptOut
          businessId={businessId}
          customerId={customerId}
          email={data.customer.email}
          since={data.emailUnsubscribedAt}
          canAct={canAct}
        />
      ) : null}
      <CustomerAccounts accounts={data.financialAccounts} />
      <CustomerWorkflows businessId={businessId} customerId={customerId} />
      <CustomerTransactions businessId={businessId} customerId={customerId} />
      <CustomerAcceptances acceptances={data.acceptances} />
    </div>
  );
};
