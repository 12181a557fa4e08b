"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Dialog } from "@/components/ui/dialog";
import { FieldMessage } from "@/components/ui/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ZCreateApiKeyInput } from "@/server/contracts/api-keys/api-key-input";
import { SecretOnceDialog } from "@/components/portal/secret-once";
import { zodFieldErrors } from "@/components/portal/zod-field-errors";
import { FormActions } from "@/components/ui/form-actions";

const MODES = [
  { value: "SANDBOX", label: "Sandbox", help: "Works on the sandbox rail: no real money moves. Starts with lx_test_." },
  { value: "LIVE", label: "Live", help: "For production traffic. Starts with lx_live_." },
] as const;

/** Asks for a name and a mode, then shows the new key once. Closing forgets it. */
export const CreateApiKeyDialog = ({
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
  const [name, setName] = useState("");
  const [mode, setMode] = useState<"SANDBOX" | "LIVE">("SANDBOX");
  const [touched, setTouched] = useState(false);
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() }),
    }),
  );
  const errors = touched ? zodFieldErrors(ZCreateApiKeyInput, { name, mode }) : {};
  const close = () => {
    setName("");
    setMode("SANDBOX");
    setTouched(false);
    create.reset();
    onClose();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (!ZCreateApiKeyInput.safeParse({ name, mode }).success) return;
    create.mutate({ businessId, name, mode });
  };
  if (create.data) {
    return (
      <SecretOnceDialog
        open={open}
        onClose={close}
        title={`Your new ${create.data.mode === "LIVE" ? "live" : "sandbox"} key`}
        description={`“${create.data.name}” is ready to use.`}
        label="API key"
        value={create.data.key}
      >
        This is the only time the whole key is shown. Copy it into your backend&apos;s secret store now; LinX keeps only
        a fingerprint and the last four characters.
      </SecretOnceDialog>
    );
  }
  return (
    <Dialog
      open={open}
      onClose={close}
      title="Create an API key"
      description="Your backend sends it as a bearer token to the REST API under /api/v2."
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        <div className="space-y-1.5">
          <Label htmlFor="api-key-name">Name</Label>
          <Input
            id="api-key-name"
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setTouched(true);
            }}
            maxLength={100}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby="api-key-name-message"
            autoFocus
          />
          <FieldMessage
            id="api-key-name-message"
            error={errors.name}
            help="Say where it is used, e.g. “Billing backend”."
          />
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">Mode</legend>
          {MODES.map((option) => (
            <label
              key={option.value}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 p-3 has-checked:border-brand-600 has-checked:bg-brand-50"
            >
              <input
                type="radio"
                name="mode"
                value={option.value}
                checked={mode === option.value}
                onChange={() => setMode(option.value)}
                className="mt-1 accent-brand-600"
              />
              <span>
                <span className="block text-sm font-medium text-slate-900">{option.label}</span>
                <span className="block text-sm text-slate-600">{option.help}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {create.isError ? <Alert tone="error">{create.error.message}</Alert> : null}
        <FormActions onCancel={close} pending={create.isPending} pendingLabel="Creating…" submitLabel="Create key" />
      </form>
    </Dialog>
  );
};
