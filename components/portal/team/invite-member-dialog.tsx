"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FieldMessage } from "@/components/ui/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { Role } from "@/server/generated/prisma/enums";
import { ZInviteMemberInput } from "@/server/contracts/team/team-member-input";
import { zodFieldErrors } from "@/components/portal/zod-field-errors";
import { ROLE_HELP, rolesGrantableBy } from "./role-options";
import { FormActions } from "@/components/ui/form-actions";

const EMPTY = { name: "", email: "", role: "OPERATOR" as Role };

/**
 * Invites a member: LinX emails them a single-use link. Nobody but the invitee chooses or sees
 * their password; someone who already uses LinX accepts while signed in.
 */
export const InviteMemberDialog = ({
  businessId,
  actorRole,
  open,
  onClose,
}: {
  businessId: string;
  actorRole: Role;
  open: boolean;
  onClose: () => void;
}) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const invite = useMutation(
    trpc.team.invite.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.team.invitations.queryKey() }),
    }),
  );
  const allErrors = zodFieldErrors(ZInviteMemberInput, values);
  const errors = Object.fromEntries(Object.entries(allErrors).filter(([field]) => touched[field]));
  const close = () => {
    setValues(EMPTY);
    setTouched({});
    invite.reset();
    onClose();
  };
  const change = (field: keyof typeof EMPTY, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setTouched((current) => ({ ...current, [field]: true }));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched({ name: true, email: true, role: true });
    if (Object.keys(allErrors).length > 0) return;
    invite.mutate({ businessId, ...values });
  };
  if (invite.data) {
    const invitation = invite.data;
    return (
      <Dialog
        open={open}
        onClose={close}
        title={`Invitation sent to ${invitation.name}`}
        description={`We emailed ${invitation.email} a link to join.`}
      >
        <Alert tone="info">
          The link works once, for 7 days. A new address chooses its own password there; someone who already uses LinX
          signs in and accepts. They join the team only when they accept. Resend or revoke it from the pending
          invitations below.
        </Alert>
        <div className="flex justify-end">
          <Button onClick={close}>Done</Button>
        </div>
      </Dialog>
    );
  }
  const field = (name: "name" | "email", label: string, help: string, type = "text") => (
    <div className="space-y-1.5">
      <Label htmlFor={`invite-${name}`}>{label}</Label>
      <Input
        id={`invite-${name}`}
        type={type}
        value={values[name]}
        onChange={(event) => change(name, event.target.value)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`invite-${name}-message`}
        autoComplete="off"
      />
      <FieldMessage id={`invite-${name}-message`} error={errors[name]} help={help} />
    </div>
  );
  return (
    <Dialog
      open={open}
      onClose={close}
      title="Invite a team member"
      description="They get access to this business with the role you choose."
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        {field("name", "Name", "As the rest of the team will see it.")}
        {field("email", "Email", "We email the invitation to this address; they sign in with it.", "email")}
        <div className="space-y-1.5">
          <Label htmlFor="invite-role">Role</Label>
          <Select
            id="invite-role"
            value={values.role}
            onChange={(event) => change("role", event.target.value)}
            aria-describedby="invite-role-help"
          >
            {rolesGrantableBy(actorRole).map((role) => (
              <option key={role.value} value={role.value}>
                {role.label}
              </option>
            ))}
          </Select>
          <p id="invite-role-help" className="text-sm text-slate-500">
            {ROLE_HELP[values.role]}
          </p>
        </div>
        {invite.isError ? <Alert tone="error">{invite.error.message}</Alert> : null}
        <FormActions
          onCancel={close}
          pending={invite.isPending}
          pendingLabel="Sending…"
          submitLabel="Send invitation"
        />
      </form>
    </Dialog>
  );
};
