"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { formatDateTime } from "@/components/portal/format";
import { DeliveryLog } from "./delivery-log";
import { EndpointActions } from "./endpoint-actions";
import { describeEventTypes, EndpointStatusBadge } from "./endpoint-status-badge";

export const EndpointDetail = ({ businessId, endpointId }: { businessId: string; endpointId: string }) => {
  const trpc = useTRPC();
  const { data: endpoint } = useSuspenseQuery(trpc.webhooks.get.queryOptions({ businessId, endpointId }));
  return (
    <div className="space-y-6">
      <Card>
        <CardBody className="space-y-4">
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="font-medium text-slate-600">URL</dt>
            <dd className="font-mono text-xs break-all text-slate-900">{endpoint.url}</dd>
            <dt className="font-medium text-slate-600">Description</dt>
            <dd className="text-slate-900">{endpoint.description ?? "—"}</dd>
            <dt className="font-medium text-slate-600">Events</dt>
            <dd className="text-slate-900">{describeEventTypes(endpoint.eventTypes)}</dd>
            <dt className="font-medium text-slate-600">Status</dt>
            <dd>
              <EndpointStatusBadge status={endpoint.status} />
            </dd>
            <dt className="font-medium text-slate-600">Created</dt>
            <dd className="text-slate-900">{formatDateTime(endpoint.createdAt)}</dd>
          </dl>
          {endpoint.status === "DISABLED" ? (
            <Alert tone="error">
              LinX disabled this endpoint{endpoint.disabledAt ? ` on ${formatDateTime(endpoint.disabledAt)}` : ""}: it
              answered 410, or every delivery failed for 5 days. Fix the receiver, then resume it.
            </Alert>
          ) : null}
          {endpoint.status === "SUSPENDED" ? (
            <Alert tone="info">Suspended: nothing is delivered until you resume it.</Alert>
          ) : null}
          {endpoint.failingSince && endpoint.status === "ACTIVE" ? (
            <Alert tone="error">
              Deliveries have been failing since {formatDateTime(endpoint.failingSince)}. After 5 days of failures LinX
              disables the endpoint.
            </Alert>
          ) : null}
          <EndpointActions businessId={businessId} endpoint={endpoint} />
        </CardBody>
      </Card>
      <DeliveryLog businessId={businessId} endpointId={endpointId} active={endpoint.status === "ACTIVE"} />
    </div>
  );
};
