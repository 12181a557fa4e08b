"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { useTRPC } from "@/components/trpc/trpc-provider";

const STATUS_LABEL = {
  CREATED: "Created",
  ACTIVE: "Active",
  COMPLETED: "Completed",
  DECLINED: "Declined",
  EXPIRED: "Expired",
  CANCELLED: "Cancelled",
  ARCHIVED: "Archived",
} as const;

const Stat = ({ label, value, href }: { label: string; value: number; href?: string }) => (
  <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-xs">
    <dt className="text-sm text-slate-600">
      {href ? (
        <Link href={href} className="hover:text-brand-700 hover:underline">
          {label}
        </Link>
      ) : (
        label
      )}
    </dt>
    <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</dd>
  </div>
);

export const DashboardSummary = ({ businessId }: { businessId: string }) => {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.dashboard.summary.queryOptions({ businessId }));
  const total = Object.values(data.workflowsByStatus).reduce((sum, n) => sum + n, 0);
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Workflows" value={total} href="/portal/workflows" />
        <Stat label="Customers" value={data.customers} href="/portal/customers" />
        <Stat label="Active API keys" value={data.activeApiKeys} />
        <Stat label="Team members" value={data.teamMembers} href="/portal/team" />
      </dl>
      <Card>
        <CardHeader
          title="Workflows by status"
          description="Every LinX request this business has sent, by where it stands now."
        />
        <CardBody>
          <table className="w-full text-sm">
            <caption className="sr-only">Number of workflows in each status</caption>
            <thead>
              <tr className="text-left text-slate-500">
                <th scope="col" className="pb-2 font-medium">
                  Status
                </th>
                <th scope="col" className="pb-2 text-right font-medium">
                  Workflows
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {Object.entries(STATUS_LABEL).map(([status, label]) => (
                <tr key={status}>
                  <th scope="row" className="py-2 text-left font-normal text-slate-700">
                    {label}
                  </th>
                  <td className="py-2 text-right tabular-nums text-slate-900">
                    {data.workflowsByStatus[status as keyof typeof STATUS_LABEL]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {total === 0 ? (
            <p className="mt-3 text-sm text-slate-500">
              No workflows yet. They appear here as soon as one is sent, from the REST API or the Portal.
            </p>
          ) : null}
        </CardBody>
      </Card>
    </div>
  );
};
