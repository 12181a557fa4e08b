"use client";

import { useActionState } from "react";
import { FormAlert, TextField } from "./field";
import { EMPTY_FORM_STATE, type FormAction, type FormWords } from "./form-state";
import { SubmitButton } from "./submit-button";

export type CustomerAccountWords = FormWords & {
  firstName: string;
  lastName: string;
  email: string;
  emailHint: string;
};

export const CustomerAccountForm = ({ action, words }: { action: FormAction; words: CustomerAccountWords }) => {
  const [state, formAction] = useActionState(action, EMPTY_FORM_STATE);
  const errors = state.fieldErrors;
  const common = { errorPrefix: words.errorPrefix };
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormAlert message={state.formError} />
      <TextField
        {...common}
        name="firstName"
        label={words.firstName}
        error={errors.firstName}
        defaultValue={state.values?.firstName}
        autoComplete="given-name"
        autoCapitalize="words"
        maxLength={80}
        required
      />
      <TextField
        {...common}
        name="lastName"
        label={words.lastName}
        error={errors.lastName}
        defaultValue={state.values?.lastName}
        autoComplete="family-name"
        autoCapitalize="words"
        maxLength={80}
        required
      />
      <TextField
        {...common}
        name="email"
        label={words.email}
        hint={words.emailHint}
        error={errors.email}
        defaultValue={state.values?.email}
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={254}
      />
      <SubmitButton wait={words.wait}>{words.submit}</SubmitButton>
    </form>
  );
};
