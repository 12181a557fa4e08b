"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, TableBody, TableCard, TableHead, Td, Th } from "@/components/ui/data-table";
import { ROLE_LABEL } from "@/server/contracts/team/roles";
import type { Role } from "@/server/generated/prisma/enums";
import { formatDate } from "@/components/portal/format";

type Target = { id: string; email: string };

/** Invitations not accepted yet, for owners and admins to resend (a new link, 7 more days) or revoke. */
export const PendingInvitations = ({ businessId, viewerRole }: { businessId: string; viewerRole: Role }) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: invitations = [] } = useQuery(trpc.team.invitations.queryOptions({ businessId }));
  const [revoking, setRevoking] = useState<Target | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.team.invitations.queryKey() });
  const resend = useMutation(
    trpc.team.resendInvitation.mutationOptions({
      onSuccess: async (invitation) => {
        setNotice(`Sent a new invitation to ${invitation.email}; the earlier link no longer works.`);
        await refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.team.revokeInvitation.mutationOptions({
      onSuccess: async () => {
        setNotice(`Revoked the invitation to ${revoking?.email ?? ""}.`);
        setRevoking(null);
        await refresh();
      },
    }),
  );
  if (invitations.length === 0 && !notice) return null;
  return (
    <section aria-labelledby="pending-invitations" className="mt-8 space-y-3">
      <h2 id="pending-invitations" className="text-lg font-semibold">
        Pending invitations
      </h2>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {resend.isError ? <Alert tone="error">{resend.error.message}</Alert> : null}
      {invitations.length > 0 ? (
        <TableCard label="Pending invitations">
          <Table>
            <caption className="sr-only">Pending invitations, not accepted yet</caption>
            <TableHead>
              <tr>
                <Th>Name</Th>
                <Th>Email</Th>
                <Th>Role</Th>
                <Th>Link works until</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </TableHead>
            <TableBody>
              {invitations.map((invitation) => {
                const mayManage = invitation.role !== "OWNER" || viewerRole === "OWNER";
                return (
                  <tr key={invitation.id}>
                    <Th scope="row">{invitation.name}</Th>
                    <Td>{invitation.email}</Td>
                    <Td>
                      <Badge>{ROLE_LABEL[invitation.role]}</Badge>
                    </Td>
                    <Td className="whitespace-nowrap">
                      {invitation.expired ? <Badge tone="warning">Expired</Badge> : formatDate(invitation.expiresAt)}
                    </Td>
                    <Td className="whitespace-nowrap text-right">
                      {mayManage ? (
                        <>
                          <Button
                            variant="secondary"
                            size="sm"
                            className="mr-2"
                            disabled={resend.isPending}
                            onClick={() => resend.mutate({ businessId, invitationId: invitation.id })}
                            aria-label={`Resend the invitation to ${invitation.email}`}
                          >
                            Resend
                          </Button>
                          <Button
                            variant="secondary"
                            size="sm"
                            onClick={() => setRevoking(invitation)}
                            aria-label={`Revoke the invitation to ${invitation.email}`}
                          >
                            Revoke
                          </Button>
                        </>
                      ) : null}
                    </Td>
                  </tr>
                );
              })}
            </TableBody>
          </Table>
        </TableCard>
      ) : null}
      <ConfirmDialog
        open={revoking !== null}
        onCancel={() => {
          setRevoking(null);
          revoke.reset();
        }}
        onConfirm={() => revoking && revoke.mutate({ businessId, invitationId: revoking.id })}
        title={`Revoke the invitation to ${revoking?.email ?? ""}?`}
        description="Its link stops working at once. You can invite them again later."
        confirmLabel="Revoke invitation"
        pending={revoke.isPending}
        error={revoke.error?.message}
      />
    </section>
  );
};
