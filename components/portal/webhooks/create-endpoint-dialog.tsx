"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { buttonClasses } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SecretOnceDialog } from "@/components/portal/secret-once";
import { EndpointForm } from "./endpoint-form";

/** Asks for the endpoint, then shows its signing secret once. Closing forgets it. */
export const CreateEndpointDialog = ({
  businessId,
  open,
  onClose,
}: {
  businessId: string;
  open: boolean;
  onClose: () => void;
}) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.webhooks.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.webhooks.list.pathKey() }),
    }),
  );
  const close = () => {
    create.reset();
    onClose();
  };
  if (create.data) {
    return (
      <SecretOnceDialog
        open={open}
        onClose={close}
        title="Your endpoint's signing secret"
        description={`Events to ${create.data.url} are signed with it.`}
        label="Signing secret"
        value={create.data.secret}
        actions={
          <Link href={`/portal/webhooks/${create.data.id}`} className={buttonClasses({ variant: "secondary" })}>
            Open the endpoint
          </Link>
        }
      >
        This is the only time the secret is shown. Store it with your receiver now and verify each event&apos;s
        webhook-signature header with it; LinX cannot show it again (rotate it if it is lost).
      </SecretOnceDialog>
    );
  }
  return (
    <Dialog
      open={open}
      onClose={close}
      title="Add a webhook endpoint"
      description="LinX POSTs the events you choose to this URL, signed the Standard Webhooks way, and retries for up to 5 days."
    >
      {open ? (
        <EndpointForm
          submitLabel="Add endpoint"
          pending={create.isPending}
          error={create.error?.message}
          onSubmit={(fields) => create.mutate({ businessId, ...fields })}
          onCancel={close}
        />
      ) : null}
    </Dialog>
  );
};
