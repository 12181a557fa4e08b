"use client";

import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FieldMessage } from "@/components/ui/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type WebhookEndpointFields, ZWebhookEndpointFields } from "@/server/contracts/webhooks/webhook-endpoint-input";
import { zodFieldErrors } from "@/components/portal/zod-field-errors";
import { EventTypePicker } from "./event-type-picker";
import { FormActions } from "@/components/ui/form-actions";

type Initial = { url: string; description: string | null; eventTypes: string[] };

/** URL, description and event types, checked as you type with the procedure's own schema. */
export const EndpointForm = ({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: Initial;
  submitLabel: string;
  pending: boolean;
  error?: string;
  onSubmit: (fields: WebhookEndpointFields) => void;
  onCancel: () => void;
}) => {
  const [url, setUrl] = useState(initial?.url ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [every, setEvery] = useState((initial?.eventTypes.length ?? 0) === 0);
  const [eventTypes, setEventTypes] = useState((initial?.eventTypes ?? []) as WebhookEndpointFields["eventTypes"]);
  const [touched, setTouched] = useState(false);
  const fields = { url, description, eventTypes: every ? [] : eventTypes };
  const errors: Record<string, string | undefined> = touched ? zodFieldErrors(ZWebhookEndpointFields, fields) : {};
  const eventTypesError =
    touched && !every && eventTypes.length === 0
      ? "Pick at least one event type, or choose every type"
      : errors.eventTypes;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    const parsed = ZWebhookEndpointFields.safeParse(fields);
    if (!parsed.success || (!every && eventTypes.length === 0)) return;
    onSubmit(parsed.data);
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <div className="space-y-1.5">
        <Label htmlFor="endpoint-url">URL</Label>
        <Input
          id="endpoint-url"
          type="url"
          value={url}
          onChange={(event) => {
            setUrl(event.target.value);
            setTouched(true);
          }}
          maxLength={2048}
          placeholder="https://api.example.com/linx/webhooks"
          aria-invalid={errors.url ? true : undefined}
          aria-describedby="endpoint-url-message"
          autoFocus
        />
        <FieldMessage
          id="endpoint-url-message"
          error={errors.url}
          help="An https:// address on the public internet. LinX POSTs each event there, signed."
        />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="endpoint-description">Description (optional)</Label>
        <Input
          id="endpoint-description"
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          maxLength={500}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby="endpoint-description-message"
        />
        <FieldMessage
          id="endpoint-description-message"
          error={errors.description}
          help="What receives these events, e.g. “Billing backend”."
        />
      </div>
      <EventTypePicker
        value={eventTypes}
        onChange={setEventTypes}
        every={every}
        onEveryChange={setEvery}
        error={eventTypesError}
      />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <FormActions onCancel={onCancel} pending={pending} pendingLabel="Saving…" submitLabel={submitLabel} />
    </form>
  );
};
