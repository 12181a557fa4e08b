"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldMessage } from "@/components/ui/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ZTextLimits } from "@/server/contracts/businesses/text-limits";
import { zodFieldErrors } from "@/components/portal/zod-field-errors";

const toNumber = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));
const toCodes = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** The hourly text cap and the countries the business may text; admins edit, everyone else reads. */
export const TextLimitsForm = ({ businessId, canEdit }: { businessId: string; canEdit: boolean }) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: saved } = useSuspenseQuery(trpc.settings.get.queryOptions({ businessId }));
  const [cap, setCap] = useState(String(saved.smsHourlyCap));
  const [countries, setCountries] = useState(saved.smsAllowedCountries.join(", "));
  const update = useMutation(
    trpc.settings.updateTextLimits.mutationOptions({
      onSuccess: (data) => queryClient.setQueryData(trpc.settings.get.queryKey({ businessId }), data),
    }),
  );
  const values = { smsHourlyCap: toNumber(cap), smsAllowedCountries: toCodes(countries) };
  const errors = zodFieldErrors(ZTextLimits, values);
  // A bad code is reported at smsAllowedCountries.<index>; the field shows the first.
  const countriesError = Object.entries(errors).find(([field]) => field.startsWith("smsAllowedCountries"))?.[1];
  const change = (set: (value: string) => void) => (event: { target: { value: string } }) => {
    set(event.target.value);
    update.reset();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (Object.keys(errors).length === 0) update.mutate({ businessId, ...values });
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <div className="grid gap-5 md:grid-cols-2">
        <div className="space-y-1.5">
          <Label htmlFor="sms-hourly-cap">Texts per hour, at most</Label>
          <Input
            id="sms-hourly-cap"
            type="number"
            inputMode="numeric"
            min={1}
            value={cap}
            onChange={change(setCap)}
            disabled={!canEdit}
            aria-invalid={errors.smsHourlyCap ? true : undefined}
            aria-describedby="sms-hourly-cap-message"
            className="max-w-40"
          />
          <FieldMessage
            id="sms-hourly-cap-message"
            error={errors.smsHourlyCap}
            help="Past it, new requests are refused until the next hour and texts are recorded as not sent, so a leaked API key cannot run up your SMS bill."
          />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="sms-allowed-countries">Countries you text</Label>
          <Input
            id="sms-allowed-countries"
            value={countries}
            onChange={change(setCountries)}
            disabled={!canEdit}
            aria-invalid={countriesError ? true : undefined}
            aria-describedby="sms-allowed-countries-message"
            className="max-w-60"
          />
          <FieldMessage
            id="sms-allowed-countries-message"
            error={countriesError}
            help="Two-letter country codes, separated by commas, like US, CA. Numbers elsewhere are refused."
          />
        </div>
      </div>
      {update.isError ? <Alert tone="error">{update.error.message}</Alert> : null}
      {update.isSuccess ? <Alert tone="success">Saved. The next text follows these limits.</Alert> : null}
      {canEdit ? (
        <Button type="submit" disabled={update.isPending || Object.keys(errors).length > 0}>
          {update.isPending ? "Saving…" : "Save text limits"}
        </Button>
      ) : (
        <p className="text-sm text-slate-500">Only owners and admins can change these settings.</p>
      )}
    </form>
  );
};
