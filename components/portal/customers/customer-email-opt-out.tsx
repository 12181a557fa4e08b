"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { formatDateTime } from "@/components/portal/format";

/** The customer unsubscribed from the business's emails; staff resume them when the customer asks (like START). */
export const CustomerEmailOptOut = ({
  businessId,
  customerId,
  email,
  since,
  canAct,
}: {
  businessId: string;
  customerId: string;
  email: string;
  since: string;
  canAct: boolean;
}) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const resume = useMutation(
    trpc.customers.resumeEmails.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        await queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() });
      },
    }),
  );
  return (
    <Alert tone="info">
      <p>
        {email} unsubscribed from your emails on {formatDateTime(since)}. LinX sends it nothing from this business until
        you resume them.
      </p>
      {canAct ? (
        <div className="mt-3">
          <Button variant="secondary" onClick={() => setOpen(true)}>
            Resume emails
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={open}
        title="Resume emails to this customer?"
        confirmLabel="Resume emails"
        tone="primary"
        pending={resume.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => resume.mutate({ businessId, customerId })}
      >
        <p>Only do this when the customer asked you to. Their requests' emails go to {email} again.</p>
        {resume.error ? <Alert tone="error">{resume.error.message}</Alert> : null}
      </ConfirmDialog>
    </Alert>
  );
};
