"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, TableBody, TableCard, TableHead, Td, Th } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, formatDateTime } from "@/components/portal/format";
import { CreateApiKeyDialog } from "./create-api-key-dialog";

type Target = { id: string; name: string };

export const ApiKeyList = ({ businessId }: { businessId: string }) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: keys } = useSuspenseQuery(trpc.apiKeys.list.queryOptions({ businessId }));
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<Target | null>(null);
  const revoke = useMutation(
    trpc.apiKeys.revoke.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() });
        setRevoking(null);
      },
    }),
  );
  return (
    <>
      <div className="mb-4 flex justify-end">
        <Button onClick={() => setCreating(true)}>Create API key</Button>
      </div>
      <TableCard label="API keys">
        {keys.length === 0 ? (
          <EmptyState title="No API keys yet">
            Create a sandbox key to try the REST API; create a live key when your backend is ready.
          </EmptyState>
        ) : (
          <Table>
            <caption className="sr-only">API keys of this business</caption>
            <TableHead>
              <tr>
                <Th>Name</Th>
                <Th>Mode</Th>
                <Th>Key</Th>
                <Th>Created</Th>
                <Th>Last used</Th>
                <Th>Status</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </TableHead>
            <TableBody>
              {keys.map((key) => (
                <tr key={key.id}>
                  <Th scope="row">{key.name}</Th>
                  <Td>
                    <Badge tone={key.mode === "LIVE" ? "brand" : "neutral"}>
                      {key.mode === "LIVE" ? "Live" : "Sandbox"}
                    </Badge>
                  </Td>
                  <Td className="font-mono text-xs whitespace-nowrap">
                    {key.prefix}…{key.lastFour}
                  </Td>
                  <Td className="whitespace-nowrap">{formatDate(key.createdAt)}</Td>
                  <Td className="whitespace-nowrap">{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "Never"}</Td>
                  <Td>
                    {key.revokedAt ? (
                      <Badge tone="danger">Revoked {formatDate(key.revokedAt)}</Badge>
                    ) : (
                      <Badge tone="success">Active</Badge>
                    )}
                  </Td>
                  <Td className="text-right">
                    {key.revokedAt ? null : (
                      <Button
                        variant="secondary"
                        size="sm"
                        onClick={() => setRevoking({ id: key.id, name: key.name })}
                        aria-label={`Revoke ${key.name}`}
                      >
                        Revoke
                      </Button>
                    )}
                  </Td>
                </tr>
              ))}
            </TableBody>
          </Table>
        )}
      </TableCard>
      <CreateApiKeyDialog businessId={businessId} open={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        open={revoking !== null}
        onCancel={() => {
          setRevoking(null);
          revoke.reset();
        }}
        onConfirm={() => revoking && revoke.mutate({ businessId, apiKeyId: revoking.id })}
        title={`Revoke “${revoking?.name ?? ""}”?`}
        description="Requests with this key are refused from now on. This cannot be undone: create a new key if you need one."
        confirmLabel="Revoke key"
        pending={revoke.isPending}
        error={revoke.error?.message}
      />
    </>
  );
};
