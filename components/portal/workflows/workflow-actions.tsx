"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { formatDateTime } from "./workflow-format";

const EXTEND_CHOICES = [
  { hours: 24, label: "1 day" },
  { hours: 72, label: "3 days" },
  { hours: 168, label: "7 days" },
  { hours: 336, label: "14 days" },
  { hours: 720, label: "30 days" },
  { hours: 2160, label: "90 days" },
];

type Action = "resend" | "extend" | "cancel";

type WorkflowActionsProps = {
  businessId: string;
  workflowId: string;
  /** Where the link goes: a phone number, or an email address for an emailed request. */
  sendTo: { channel: "SMS" | "EMAIL"; to: string };
  expireAt: string;
  active: boolean;
};

/**
 * Resend, extend and cancel, each behind a confirmation. Only rendered for operators and above;
 * the buttons only while the workflow is ACTIVE, the last outcome also after (a cancel ends it).
 */
export const WorkflowActions = ({ businessId, workflowId, sendTo, expireAt, active }: WorkflowActionsProps) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Action | null>(null);
  const [hours, setHours] = useState(168);
  const [done, setDone] = useState<string | null>(null);
  const refresh = async (message: string) => {
    setOpen(null);
    setDone(message);
    await queryClient.invalidateQueries({ queryKey: trpc.workflows.pathKey() });
  };
  const byEmail = sendTo.channel === "EMAIL";
  const resend = useMutation(
    trpc.workflows.resend.mutationOptions({
      onSuccess: () => refresh(`The link was ${byEmail ? "emailed" : "texted"} again to ${sendTo.to}.`),
    }),
  );
  const extend = useMutation(
    trpc.workflows.extend.mutationOptions({
      onSuccess: (data) => refresh(`The link now expires ${formatDateTime(data.expireAt)}.`),
    }),
  );
  const cancel = useMutation(
    trpc.workflows.cancel.mutationOptions({
      onSuccess: () => refresh("The workflow is cancelled; its link no longer works."),
    }),
  );
  const error = resend.error ?? extend.error ?? cancel.error;
  const newExpiry = new Date(Date.now() + hours * 3_600_000).toISOString();
  const start = (action: Action) => {
    resend.reset();
    extend.reset();
    cancel.reset();
    setDone(null);
    setOpen(action);
  };
  return (
    <div className="space-y-3">
      {active ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => start("resend")}>
            Resend link
          </Button>
          <Button variant="secondary" onClick={() => start("extend")}>
            Extend expiry
          </Button>
          <Button variant="secondary" className="text-red-700" onClick={() => start("cancel")}>
            Cancel workflow
          </Button>
        </div>
      ) : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      {error && !open ? <Alert tone="error">{error.message}</Alert> : null}

      <ConfirmDialog
        open={open === "resend"}
        title={byEmail ? "Email the link again?" : "Text the link again?"}
        confirmLabel="Resend link"
        tone="primary"
        pending={resend.isPending}
        onCancel={() => setOpen(null)}
        onConfirm={() => resend.mutate({ businessId, workflowId })}
      >
        <p>
          A new {byEmail ? "email" : "SMS"} with the same link goes to {sendTo.to} now. It counts as a manual
          notification.
        </p>
        {resend.error ? <Alert tone="error">{resend.error.message}</Alert> : null}
      </ConfirmDialog>

      <ConfirmDialog
        open={open === "extend"}
        title="Extend the expiry"
        confirmLabel="Extend"
        tone="primary"
        pending={extend.isPending}
        onCancel={() => setOpen(null)}
        onConfirm={() => extend.mutate({ businessId, workflowId, expireInHours: hours })}
      >
        <p>The link expires {formatDateTime(expireAt)}. Choose how long it stays open from now.</p>
        <div className="space-y-1.5">
          <Label htmlFor="extend-hours">Keep the link open for</Label>
          <Select
            id="extend-hours"
            value={hours}
            onChange={(e) => setHours(Number(e.target.value))}
            aria-describedby="extend-result"
          >
            {EXTEND_CHOICES.map((choice) => (
              <option key={choice.hours} value={choice.hours}>
                {choice.label}
              </option>
            ))}
          </Select>
          <p id="extend-result" className="text-slate-600">
            New expiry: about {formatDateTime(newExpiry)}
          </p>
        </div>
        {extend.error ? <Alert tone="error">{extend.error.message}</Alert> : null}
      </ConfirmDialog>

      <ConfirmDialog
        open={open === "cancel"}
        title="Cancel this workflow?"
        confirmLabel="Cancel workflow"
        cancelLabel="Keep as is"
        pending={cancel.isPending}
        onCancel={() => setOpen(null)}
        onConfirm={() => cancel.mutate({ businessId, workflowId })}
      >
        <p>The customer&apos;s link stops working at once and no more reminders are sent. This cannot be undone.</p>
        {cancel.error ? <Alert tone="error">{cancel.error.message}</Alert> : null}
      </ConfirmDialog>
    </div>
  );
};
