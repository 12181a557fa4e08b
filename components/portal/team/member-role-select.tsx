"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Select } from "@/components/ui/select";
import type { Role } from "@/server/generated/prisma/enums";
import { rolesGrantableBy } from "./role-options";

type Member = { userId: string; name: string; role: Role };

/** Saves a new role as soon as it is picked, and says whether it worked. */
export const MemberRoleSelect = ({
  businessId,
  member,
  actorRole,
}: {
  businessId: string;
  member: Member;
  actorRole: Role;
}) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const change = useMutation(
    trpc.team.changeRole.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.team.list.queryKey() }),
    }),
  );
  const statusId = `role-status-${member.userId}`;
  return (
    <div className="flex min-w-40 flex-col gap-1">
      <Select
        value={member.role}
        onChange={(event) => change.mutate({ businessId, userId: member.userId, role: event.target.value as Role })}
        disabled={change.isPending}
        aria-label={`Role of ${member.name}`}
        aria-describedby={statusId}
        className="h-8 w-36"
      >
        {rolesGrantableBy(actorRole).map((role) => (
          <option key={role.value} value={role.value}>
            {role.label}
          </option>
        ))}
      </Select>
      <span id={statusId} role="status" className={change.isError ? "text-xs text-red-700" : "text-xs text-slate-500"}>
        {change.isPending ? "Saving…" : change.isError ? change.error.message : change.isSuccess ? "Saved" : ""}
      </span>
    </div>
  );
};
