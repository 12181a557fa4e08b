"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldMessage } from "@/components/ui/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ZBusinessSettings } from "@/server/contracts/businesses/business-settings";
import { formatHours } from "@/components/portal/format";
import { zodFieldErrors } from "@/components/portal/zod-field-errors";

type HourField =
  | "defaultExpireInHours"
  | "reminderFirstAfterHours"
  | "reminderEveryHours"
  | "reminderBeforeExpiryHours";

const HOUR_FIELDS: Array<{ field: HourField; label: string; help: string }> = [
  {
    field: "defaultExpireInHours",
    label: "Links expire after (hours)",
    help: "When a workflow does not set its own expiry.",
  },
  {
    field: "reminderFirstAfterHours",
    label: "First reminder after (hours)",
    help: "Counted from the first text, while the customer has not finished.",
  },
  {
    field: "reminderEveryHours",
    label: "Then remind every (hours)",
    help: "Reminders repeat until the customer finishes or the link expires.",
  },
  {
    field: "reminderBeforeExpiryHours",
    label: "Last reminder before expiry (hours)",
    help: "0 sends no extra reminder before the link expires.",
  },
];

const toNumber = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

/** The SMS sender name, link lifetime and reminder schedule; admins edit, everyone else reads. */
export const WorkflowDefaultsForm = ({
  businessId,
  businessName,
  canEdit,
}: {
  businessId: string;
  businessName: string;
  canEdit: boolean;
}) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: saved } = useSuspenseQuery(trpc.settings.get.queryOptions({ businessId }));
  const [text, setText] = useState<Record<HourField | "smsSenderName", string>>({
    smsSenderName: saved.smsSenderName ?? "",
    defaultExpireInHours: String(saved.defaultExpireInHours),
    reminderFirstAfterHours: String(saved.reminderFirstAfterHours),
    reminderEveryHours: String(saved.reminderEveryHours),
    reminderBeforeExpiryHours: String(saved.reminderBeforeExpiryHours),
  });
  const update = useMutation(
    trpc.settings.update.mutationOptions({
      onSuccess: (data) => queryClient.setQueryData(trpc.settings.get.queryKey({ businessId }), data),
    }),
  );
  const values = {
    smsSenderName: text.smsSenderName,
    ...Object.fromEntries(HOUR_FIELDS.map(({ field }) => [field, toNumber(text[field])])),
  } as { smsSenderName: string } & Record<HourField, number>;
  const errors = zodFieldErrors(ZBusinessSettings, values);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (Object.keys(errors).length === 0) update.mutate({ businessId, ...values });
  };
  const set = (field: keyof typeof text, value: string) => {
    setText((current) => ({ ...current, [field]: value }));
    update.reset();
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <div className="max-w-md space-y-1.5">
        <Label htmlFor="sms-sender-name">SMS sender name</Label>
        <Input
          id="sms-sender-name"
          value={text.smsSenderName}
          onChange={(event) => set("smsSenderName", event.target.value)}
          maxLength={11}
          disabled={!canEdit}
          aria-invalid={errors.smsSenderName ? true : undefined}
          aria-describedby="sms-sender-name-message"
        />
        <FieldMessage
          id="sms-sender-name-message"
          error={errors.smsSenderName}
          help={`Every text your customers get starts with this name, like “${text.smsSenderName.trim() || businessName}: Rent for April…”. Up to 11 letters, digits or spaces; leave empty to use the business name.`}
        />
      </div>
      <div className="grid gap-5 md:grid-cols-2">
        {HOUR_FIELDS.map(({ field, label, help }) => {
          const value = toNumber(text[field]);
          const hint = Number.isFinite(value) && value > 0 ? ` (${formatHours(value)})` : "";
          return (
            <div key={field} className="space-y-1.5">
              <Label htmlFor={field}>{label}</Label>
              <Input
                id={field}
                type="number"
                inputMode="numeric"
                min={field === "reminderBeforeExpiryHours" ? 0 : 1}
                value={text[field]}
                onChange={(event) => set(field, event.target.value)}
                disabled={!canEdit}
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={`${field}-message`}
                className="max-w-40"
              />
              <FieldMessage id={`${field}-message`} error={errors[field]} help={`${help}${hint}`} />
            </div>
          );
        })}
      </div>
      {update.isError ? <Alert tone="error">{update.error.message}</Alert> : null}
      {update.isSuccess ? (
        <Alert tone="success">
          Saved. Texts sent from now on use these settings; links already sent keep their expiry.
        </Alert>
      ) : null}
      {canEdit ? (
        <Button type="submit" disabled={update.isPending || Object.keys(errors).length > 0}>
          {update.isPending ? "Saving…" : "Save messages and reminders"}
        </Button>
      ) : (
        <p className="text-sm text-slate-500">Only owners and admins can change these settings.</p>
      )}
    </form>
  );
};
