"use client";

import { useActionState } from "react";
import { AddressFieldset, type AddressType } from "./address-fieldset";
import { FormAlert, SelectField, TextField } from "./field";
import { EMPTY_FORM_STATE, type FormAction } from "./form-state";
import { SubmitButton } from "./submit-button";

export type EnhanceProfileAsk = {
  personalInfo: ("salutation" | "dateOfBirth")[];
  address: AddressType[];
  phoneNumber: ("HOME" | "WORK")[];
};

const SALUTATIONS = ["Mr", "Ms", "Mrs", "Mx", "Dr"].map((value) => ({ value, label: value }));
const PHONE_LABELS = { HOME: "Home phone", WORK: "Work phone" } as const;

/** Only what the business asked for, each of it required. */
export const EnhanceProfileForm = ({ action, ask, today }: { action: FormAction; ask: EnhanceProfileAsk; today: string }) => {
  const [state, formAction] = useActionState(action, EMPTY_FORM_STATE);
  const errors = state.fieldErrors;
  const value = (name: string) => state.values?.[name];
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormAlert message={state.formError} />
      {ask.personalInfo.includes("salutation") ? (
        <SelectField name="salutation" label="Title" placeholder="Choose…" options={SALUTATIONS} error={errors.salutation} defaultValue={value("salutation") ?? ""} autoComplete="honorific-prefix" required />
      ) : null}
      {ask.personalInfo.includes("dateOfBirth") ? (
        <TextField name="dateOfBirth" label="Date of birth" error={errors.dateOfBirth} defaultValue={value("dateOfBirth")} type="date" max={today} placeholder="YYYY-MM-DD" autoComplete="bday" required className="max-w-56" />
      ) : null}
      {ask.address.map((type) => (
        <AddressFieldset key={type} type={type} errors={errors} values={state.values} />
      ))}
      {ask.phoneNumber.map((type) => (
        <TextField
          key={type}
          name={`phones.${type}`}
          label={PHONE_LABELS[type]}
          hint="With the country code, for example +1 415 555 0123"
          error={errors[`phones.${type}`]}
          defaultValue={value(`phones.${type}`)}
          type="tel"
          inputMode="tel"
          autoComplete={`${type.toLowerCase()} tel`}
          maxLength={24}
          required
        />
      ))}
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
};
