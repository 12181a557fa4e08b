"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
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
import { InviteMemberDialog } from "./invite-member-dialog";
import { MemberRoleSelect } from "./member-role-select";
import { PendingInvitations } from "./pending-invitations";

type Viewer = { userId: string; role: Role };
type Target = { userId: string; name: string; email: string };

/** The team; owners and admins also invite, change roles and remove (the server checks each). */
export const TeamList = ({ businessId, viewer }: { businessId: string; viewer: Viewer }) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: members } = useSuspenseQuery(trpc.team.list.queryOptions({ businessId }));
  const [inviting, setInviting] = useState(false);
  const [removing, setRemoving] = useState<Target | null>(null);
  const canManage = viewer.role === "OWNER" || viewer.role === "ADMIN";
  const owners = members.filter((member) => member.role === "OWNER").length;
  const remove = useMutation(
    trpc.team.remove.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.team.list.queryKey() });
        setRemoving(null);
      },
    }),
  );
  // Owners are changed only by owners, and the last one stays.
  const locked = (role: Role) => role === "OWNER" && (viewer.role !== "OWNER" || owners <= 1);
  return (
    <>
      {canManage ? (
        <div className="mb-4 flex justify-end">
          <Button onClick={() => setInviting(true)}>Invite member</Button>
        </div>
      ) : null}
      <TableCard label="Team members">
        <Table>
          <caption className="sr-only">Team members and their roles</caption>
          <TableHead>
            <tr>
              <Th>Name</Th>
              <Th>Email</Th>
              <Th>Role</Th>
              <Th>Member since</Th>
              {canManage ? (
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              ) : null}
            </tr>
          </TableHead>
          <TableBody>
            {members.map((member) => (
              <tr key={member.userId}>
                <Th scope="row">
                  {member.name}
                  {member.userId === viewer.userId ? " " : null}
                  {member.userId === viewer.userId ? (
                    <span className="ml-1 text-xs font-normal text-slate-500">(you)</span>
                  ) : null}
                </Th>
                <Td>{member.email}</Td>
                <Td>
                  {canManage && !locked(member.role) ? (
                    <MemberRoleSelect businessId={businessId} member={member} actorRole={viewer.role} />
                  ) : (
                    <Badge>{ROLE_LABEL[member.role]}</Badge>
                  )}
                </Td>
                <Td className="whitespace-nowrap">{formatDate(member.joinedAt)}</Td>
                {canManage ? (
                  <Td className="whitespace-nowrap text-right">
                    {locked(member.role) ? null : (
                      <Button
                        variant="secondary"
                        size="sm"
                        onClick={() => setRemoving(member)}
                        aria-label={`Remove ${member.name}`}
                      >
                        Remove
                      </Button>
                    )}
                  </Td>
                ) : null}
              </tr>
            ))}
          </TableBody>
        </Table>
      </TableCard>
      {canManage && owners <= 1 ? (
        <Alert tone="info" className="mt-4">
          A business always keeps at least one owner: to change the only owner&apos;s role, make someone else an owner
          first.
        </Alert>
      ) : null}
      {canManage ? <PendingInvitations businessId={businessId} viewerRole={viewer.role} /> : null}
      {canManage ? (
        <InviteMemberDialog
          businessId={businessId}
          actorRole={viewer.role}
          open={inviting}
          onClose={() => setInviting(false)}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        onCancel={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() => removing && remove.mutate({ businessId, userId: removing.userId })}
        title={`Remove ${removing?.name ?? ""} from the team?`}
        description="They lose access to this business at once. Their past actions stay in the audit log; you can invite them again later."
        confirmLabel="Remove member"
        pending={remove.isPending}
        error={remove.error?.message}
      />
    </>
  );
};
