"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { useTRPC } from "@/components/trpc/trpc-provider";
import type { WorkflowDetailOutput as Detail } from "@/server/api/trpc/routers/workflows/workflow-outputs";
import { Fact } from "@/components/portal/fact";
import { authenticationLabel } from "./authentication-picker";
import { StatusBadge } from "./status-badge";
import { WorkflowActions } from "./workflow-actions";
import { DECLINE_REASON_LABEL, formatDateTime, localeName, statusLabel } from "./workflow-format";
import { NotificationHistory, WorkflowTimeline } from "./workflow-history";

const Steps = ({ steps }: { steps: Detail["workflow"]["steps"] }) => (
  <Card>
    <CardHeader title="Steps" description="What the customer is asked to do, in order." />
    <ol className="divide-y divide-slate-100">
      {steps.map((step, index) => (
        <li key={step.id} className="flex items-center justify-between gap-4 px-5 py-3">
          <div>
            <p className="text-sm font-medium text-slate-900">
              {index + 1}. {step.stepDisplayName}
            </p>
            <p className="text-xs text-slate-500">
              {step.stepName}
              {step.completedAt ? ` · ${statusLabel(step.status)} ${formatDateTime(step.completedAt)}` : ""}
            </p>
          </div>
          <StatusBadge status={step.status} />
        </li>
      ))}
    </ol>
  </Card>
);

const TransactionCard = ({ transaction }: { transaction: NonNullable<Detail["transaction"]> }) => (
  <Card>
    <CardHeader
      title="Transaction"
      description={`${transaction.transactionType === "SEND" ? "Paying" : "Collecting"} ${transaction.amount} ${transaction.currency} by ${transaction.solution}`}
      action={<StatusBadge status={transaction.status} />}
    />
    <CardBody className="space-y-4">
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-3">
        <Fact label="Account">
          {transaction.financialAccount.holderName}, {statusLabel(transaction.financialAccount.subType)} ••••{" "}
          {transaction.financialAccount.lastFour}
        </Fact>
        <Fact label="Memo">{transaction.memo ?? "—"}</Fact>
        <Fact label="Transaction id">
          <span className="break-all">{transaction.id}</span>
        </Fact>
      </dl>
      {transaction.failureReason ? <Alert tone="error">Failed: {transaction.failureReason}</Alert> : null}
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-900">Status history</h3>
        <ol className="space-y-1 text-sm">
          {transaction.statusHistory.map((change, _index) => (
            <li key={`${change.toStatus}-${change.createdAt}`} className="flex flex-wrap items-center gap-2">
              <StatusBadge status={change.toStatus} />
              <time dateTime={change.createdAt} className="text-slate-600">
                {formatDateTime(change.createdAt)}
              </time>
              {change.reason ? <span className="text-slate-600">· {change.reason}</span> : null}
            </li>
          ))}
        </ol>
      </div>
    </CardBody>
  </Card>
);

export const WorkflowDetail = ({
  businessId,
  workflowId,
  canAct,
}: {
  businessId: string;
  workflowId: string;
  canAct: boolean;
}) => {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery({
    ...trpc.workflows.get.queryOptions({ businessId, workflowId }),
    // Until a queued text has gone out, look again every two seconds, so it shows without a reload.
    refetchInterval: (query) => (query.state.data?.textPending ? 2000 : false),
  });
  const { workflow } = data;
  return (
    <div className="space-y-6">
      <Card>
        <CardBody className="space-y-4">
          <div className="flex flex-wrap items-center gap-3">
            <StatusBadge status={workflow.status} />
            {workflow.optedOut ? (
              <span className="text-sm text-amber-800">
                {workflow.channel === "EMAIL"
                  ? "The customer unsubscribed from this business's emails."
                  : "The customer opted out of SMS (STOP)."}
              </span>
            ) : null}
          </div>
          <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
            <Fact label="Customer">
              {data.customer ? (
                <Link
                  href={`/portal/customers/${data.customer.id}`}
                  className="text-brand-700 underline-offset-2 hover:underline"
                >
                  {data.customer.firstName} {data.customer.lastName}
                </Link>
              ) : (
                "New customer"
              )}
            </Fact>
            {workflow.channel === "EMAIL" ? (
              <Fact label="Email (channel)">{workflow.email}</Fact>
            ) : (
              <Fact label="Phone number">{workflow.phoneNumber}</Fact>
            )}
            <Fact label="Template">
              {data.template ? `${data.template.name} (v${data.template.version})` : "None, built step by step"}
            </Fact>
            <Fact label="Customer check">{authenticationLabel(data.authentication)}</Fact>
            <Fact label="Language">{localeName(workflow.locale)}</Fact>
            <Fact label="Created">{formatDateTime(workflow.createdAt)}</Fact>
            <Fact label="Expires">{formatDateTime(workflow.expireAt)}</Fact>
            <Fact label="Opened">{workflow.openedAt ? formatDateTime(workflow.openedAt) : "Not yet"}</Fact>
            <Fact label="Completed">{workflow.completedAt ? formatDateTime(workflow.completedAt) : "—"}</Fact>
          </dl>
          {workflow.customerMemo ? <p className="text-sm text-slate-700">Memo: {workflow.customerMemo}</p> : null}
          {workflow.declineReason ? (
            <Alert tone="error">
              Declined by the customer:{" "}
              {DECLINE_REASON_LABEL[workflow.declineReason.code] ?? workflow.declineReason.code}
              {workflow.declineReason.text ? ` — “${workflow.declineReason.text}”` : ""}
            </Alert>
          ) : null}
          {canAct ? (
            <WorkflowActions
              businessId={businessId}
              workflowId={workflow.id}
              sendTo={{
                channel: workflow.channel,
                to: (workflow.channel === "EMAIL" ? workflow.email : workflow.phoneNumber) ?? "",
              }}
              expireAt={workflow.expireAt}
              active={workflow.status === "ACTIVE"}
            />
          ) : null}
          {!canAct && workflow.status === "ACTIVE" ? (
            <p className="text-sm text-slate-500">
              Operators, admins and owners can resend, extend or cancel this workflow.
            </p>
          ) : null}
        </CardBody>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Steps steps={workflow.steps} />
        {data.transaction ? (
          <TransactionCard transaction={data.transaction} />
        ) : (
          <WorkflowTimeline timeline={data.timeline} />
        )}
      </div>
      {data.transaction ? <WorkflowTimeline timeline={data.timeline} /> : null}
      <NotificationHistory notifications={data.notifications} sending={data.textPending} />
      <p className="text-sm">
        <Link href="/portal/workflows" className="text-brand-700 hover:underline">
          ← All workflows
        </Link>
      </p>
    </div>
  );
};
