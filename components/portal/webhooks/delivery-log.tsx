"use client";

import { useMutation, useQueryClient, useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { formatDateTime } from "@/components/portal/format";
import { nextCursor } from "@/components/portal/list-query-inputs";
import { DeliveryStatusBadge } from "./endpoint-status-badge";
import { deliveryListInput } from "./webhook-query-inputs";
import { ShowMore } from "@/components/ui/show-more";

const dayAgo = () => new Date(Date.now() - 24 * 3_600_000).toISOString().slice(0, 16);

/** Replays every failed delivery whose event came at or after a time (UTC). */
const ReplayFailedForm = ({
  businessId,
  endpointId,
  disabled,
}: {
  businessId: string;
  endpointId: string;
  disabled: boolean;
}) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [since, setSince] = useState(dayAgo);
  const replay = useMutation(
    trpc.webhooks.replayFailed.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.webhooks.deliveries.pathKey() }),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (since) replay.mutate({ businessId, endpointId, since: `${since}:00Z` });
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
      <div className="space-y-1">
        <Label htmlFor="replay-since">Failed since (UTC)</Label>
        <Input
          id="replay-since"
          type="datetime-local"
          value={since}
          onChange={(event) => setSince(event.target.value)}
          required
          className="w-auto"
        />
      </div>
      <Button type="submit" variant="secondary" size="sm" disabled={disabled || replay.isPending || !since}>
        {replay.isPending ? "Replaying…" : "Replay failed"}
      </Button>
      <div aria-live="polite" className="basis-full">
        {replay.isSuccess ? (
          <p className="text-sm text-slate-700">
            {replay.data.replayed === 0
              ? "No failed deliveries since then."
              : `${replay.data.replayed} deliveries sent again${replay.data.hasMore ? "; replay again for the rest" : ""}.`}
          </p>
        ) : null}
        {replay.isError ? <Alert tone="error">{replay.error.message}</Alert> : null}
      </div>
    </form>
  );
};

/** Each delivery of the endpoint, newest event first, with every attempt and a replay button. */
export const DeliveryLog = ({
  businessId,
  endpointId,
  active,
}: {
  businessId: string;
  endpointId: string;
  active: boolean;
}) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } = useSuspenseInfiniteQuery(
    trpc.webhooks.deliveries.infiniteQueryOptions(deliveryListInput(businessId, endpointId), nextCursor),
  );
  const replay = useMutation(
    trpc.webhooks.replayEvent.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.webhooks.deliveries.pathKey() }),
    }),
  );
  const deliveries = data.pages.flatMap((page) => page.items);
  return (
    <Card>
      <CardHeader
        title="Delivery log"
        description="Every event sent to this endpoint, newest first, with each attempt: when it started, how long it took, the HTTP status your endpoint answered and the start of its answer."
        action={
          <Button
            variant="secondary"
            size="sm"
            onClick={() => queryClient.invalidateQueries({ queryKey: trpc.webhooks.deliveries.pathKey() })}
          >
            Refresh
          </Button>
        }
      />
      <div className="border-b border-slate-100 px-5 py-4">
        <ReplayFailedForm businessId={businessId} endpointId={endpointId} disabled={!active} />
      </div>
      {replay.isError ? (
        <Alert tone="error" className="m-5">
          {replay.error.message}
        </Alert>
      ) : null}
      {deliveries.length === 0 ? (
        <EmptyState title="No deliveries yet">
          Events of the types this endpoint receives show here as they are sent. Send a test event to try it.
        </EmptyState>
      ) : (
        <ol className="divide-y divide-slate-100">
          {deliveries.map((delivery) => (
            <li key={delivery.id} className="space-y-3 px-5 py-4" data-testid="delivery">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <DeliveryStatusBadge status={delivery.status} />
                  <span className="font-mono text-xs font-medium text-slate-900">{delivery.eventType}</span>
                  <span className="font-mono text-xs text-slate-600">{delivery.eventId}</span>
                  <span className="text-slate-600">{formatDateTime(delivery.createdAt)}</span>
                </div>
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={!active || replay.isPending}
                  onClick={() => replay.mutate({ businessId, endpointId, eventId: delivery.eventId })}
                  aria-label={`Replay event ${delivery.eventId}`}
                >
                  Replay
                </Button>
              </div>
              {delivery.attempts.length === 0 ? (
                <p className="text-sm text-slate-600">
                  {delivery.nextAttemptAt
                    ? `First attempt due ${formatDateTime(delivery.nextAttemptAt)}.`
                    : "No attempt yet."}
                </p>
              ) : (
                <div
                  className="overflow-x-auto rounded-md border border-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600"
                  tabIndex={0}
                  role="region"
                  aria-label={`Attempts to deliver event ${delivery.eventId}`}
                >
                  <Table>
                    <caption className="sr-only">Attempts to deliver event {delivery.eventId}</caption>
                    <TableHead>
                      <tr>
                        <Th>Attempt</Th>
                        <Th>Started</Th>
                        <Th>HTTP status</Th>
                        <Th>Duration</Th>
                        <Th>Response</Th>
                      </tr>
                    </TableHead>
                    <TableBody>
                      {delivery.attempts.map((attempt) => (
                        <tr key={`${attempt.attemptNumber}-${attempt.startedAt}`}>
                          <Th scope="row">#{attempt.attemptNumber}</Th>
                          <Td className="whitespace-nowrap">{formatDateTime(attempt.startedAt)}</Td>
                          <Td>{attempt.responseStatus ?? "No answer"}</Td>
                          <Td className="whitespace-nowrap">{attempt.durationMs} ms</Td>
                          <Td className="max-w-md">
                            <code className="line-clamp-3 font-mono text-xs break-all text-slate-700">
                              {attempt.error ?? attempt.responseExcerpt ?? "(empty)"}
                            </code>
                          </Td>
                        </tr>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              )}
              {delivery.status === "PENDING" && delivery.nextAttemptAt && delivery.attempts.length > 0 ? (
                <p className="text-sm text-slate-600">Next attempt {formatDateTime(delivery.nextAttemptAt)}.</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <ShowMore hasNextPage={hasNextPage} isFetchingNextPage={isFetchingNextPage} fetchNextPage={fetchNextPage} />
    </Card>
  );
};
