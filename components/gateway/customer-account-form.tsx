"use client";

import { useActionState } from "react";
import { FormAlert, TextField } from "./field";
import { EMPTY_FORM_STATE, type FormAction } from "./form-state";
import { SubmitButton } from "./submit-button";

export const CustomerAccountForm = ({ action }: { action: FormAction }) => {
  const [state, formAction] = useActionState(action, EMPTY_FORM_STATE);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormAlert message={state.formError} />
      <TextField name="firstName" label="First name" error={errors.firstName} defaultValue={state.values?.firstName} autoComplete="given-name" autoCapitalize="words" maxLength={80} required />
      <TextField name="lastName" label="Last name" error={errors.lastName} defaultValue={state.values?.lastName} autoComplete="family-name" autoCapitalize="words" maxLength={80} required />
      <TextField
        name="email"
        label="Email (optional)"
        hint="For receipts and updates about this request."
        error={errors.email}
        defaultValue={state.values?.email}
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={254}
      />
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
};
