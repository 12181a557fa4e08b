"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SecretOnceDialog } from "../secret-once";

type Member = { userId: string; name: string; email: string };

/** Asks first, then shows the member's new one-time password once. */
export const ResetPasswordDialog = ({ businessId, member, onClose }: { businessId: string; member: Member | null; onClose: () => void }) => {
  const trpc = useTRPC();
  const reset = useMutation(trpc.team.resetPassword.mutationOptions());
  const close = () => {
    reset.reset();
    onClose();
  };
  if (member && reset.data) {
    return (
      <SecretOnceDialog
        open
        onClose={close}
        title={`New password for ${member.name}`}
        description={`${member.email} is signed out everywhere; the old password no longer works.`}
        label="One-time password"
        value={reset.data.oneTimePassword}
      >
        Give this password to {member.name} in person or over a channel you trust. They sign in with it and must then choose their own. It is shown only now;
        LinX keeps only a hash of it.
      </SecretOnceDialog>
    );
  }
  return (
    <ConfirmDialog
      open={member !== null}
      onCancel={close}
      onConfirm={() => member && reset.mutate({ businessId, userId: member.userId })}
      title={`Reset ${member?.name ?? ""}'s password?`}
      description="Their current password stops working and they are signed out everywhere. You get a one-time password to give them."
      confirmLabel="Reset password"
      pending={reset.isPending}
      error={reset.error?.message}
    />
  );
};
