"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { formatDateTime } from "@/components/portal/format";
import { SecretOnceDialog } from "@/components/portal/secret-once";
import { EndpointForm } from "./endpoint-form";

type Endpoint = {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  status: "ACTIVE" | "SUSPENDED" | "DISABLED";
};
type Open = "edit" | "status" | "rotate" | "delete" | null;

/** Edit, test, suspend or resume, rotate the secret, delete: each asks first where it matters. */
export const EndpointActions = ({ businessId, endpoint }: { businessId: string; endpoint: Endpoint }) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState<Open>(null);
  const scope = { businessId, endpointId: endpoint.id };
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.webhooks.pathKey() });
  const update = useMutation(
    trpc.webhooks.update.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setOpen(null);
        // The page title is the description, drawn on the server.
        router.refresh();
      },
    }),
  );
  const test = useMutation(trpc.webhooks.sendTest.mutationOptions({ onSuccess: refresh }));
  const rotate = useMutation(trpc.webhooks.rotateSecret.mutationOptions());
  const remove = useMutation(
    trpc.webhooks.delete.mutationOptions({ onSuccess: () => router.push("/portal/webhooks") }),
  );
  const close = () => {
    setOpen(null);
    update.reset();
    rotate.reset();
    remove.reset();
  };
  const active = endpoint.status === "ACTIVE";
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={() => test.mutate(scope)} disabled={!active || test.isPending}>
          {test.isPending ? "Sending…" : "Send test event"}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setOpen("edit")}>
          Edit
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setOpen("status")}>
          {active ? "Suspend" : "Resume"}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setOpen("rotate")}>
          Rotate secret
        </Button>
        <Button variant="danger" size="sm" onClick={() => setOpen("delete")}>
          Delete
        </Button>
      </div>
      <div aria-live="polite">
        {test.isSuccess ? (
          <Alert tone="success">
            Test event {test.data.eventId} is on its way; its delivery shows in the log below.
          </Alert>
        ) : null}
        {test.isError ? <Alert tone="error">{test.error.message}</Alert> : null}
      </div>
      <Dialog open={open === "edit"} onClose={close} title="Edit endpoint">
        {open === "edit" ? (
          <EndpointForm
            initial={endpoint}
            submitLabel="Save changes"
            pending={update.isPending}
            error={update.error?.message}
            onSubmit={(fields) => update.mutate({ ...scope, fields })}
            onCancel={close}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={open === "status"}
        onCancel={close}
        onConfirm={() => update.mutate({ ...scope, status: active ? "SUSPENDED" : "ACTIVE" })}
        title={active ? "Suspend this endpoint?" : "Resume this endpoint?"}
        description={
          active
            ? "LinX stops delivering to it. Deliveries already waiting are held and sent when you resume it."
            : "LinX delivers to it again, starting with the deliveries that were waiting, and forgets its failure streak."
        }
        confirmLabel={active ? "Suspend" : "Resume"}
        tone="primary"
        pending={update.isPending}
        error={update.error?.message}
      />
      {rotate.data ? (
        <SecretOnceDialog
          open={open === "rotate"}
          onClose={close}
          title="The new signing secret"
          label="Signing secret"
          value={rotate.data.secret}
        >
          This is the only time the new secret is shown. Until {formatDateTime(rotate.data.oldSecretsExpireAt)} every
          event carries two signatures, one with the old secret and one with this one, so switch your receiver over
          before then.
        </SecretOnceDialog>
      ) : (
        <ConfirmDialog
          open={open === "rotate"}
          onCancel={close}
          onConfirm={() => rotate.mutate(scope)}
          title="Rotate the signing secret?"
          description="LinX makes a new secret and shows it once. For 24 hours both the old and the new secret sign every event, so your receiver can switch without missing one; then the old one stops."
          confirmLabel="Rotate secret"
          tone="primary"
          pending={rotate.isPending}
          error={rotate.error?.message}
        />
      )}
      <ConfirmDialog
        open={open === "delete"}
        onCancel={close}
        onConfirm={() => remove.mutate(scope)}
        title="Delete this endpoint?"
        description={`LinX stops sending events to ${endpoint.url} and forgets its secrets and delivery log. Deliveries not yet made are dropped. This cannot be undone.`}
        confirmLabel="Delete endpoint"
        pending={remove.isPending}
        error={remove.error?.message}
      />
    </div>
  );
};
