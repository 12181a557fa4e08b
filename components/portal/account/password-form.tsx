"use client";

import { type FormEvent, useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  changePasswordSchema,
  choosePasswordSchema,
  MAX_PASSWORD_BYTES,
  MIN_PASSWORD_LENGTH,
} from "@/server/contracts/staff/staff-account-input";
import { zodFieldErrors } from "@/components/portal/zod-field-errors";
import { AccountField } from "./account-field";
import { EMPTY_ACCOUNT_FORM, type AccountFormAction, type AccountFormState } from "./account-form-state";

type Props = {
  /** The account's email: the password must not be it, and password managers file the new one under it. */
  email: string;
  action: AccountFormAction;
  /** Changing asks for the current password; choosing the first one (after an invitation) does not. */
  mode: "change" | "choose";
};

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };

/**
 * A new password and its confirmation, checked here with the service's own rules before it is
 * sent, and by the server again. The fields stay filled after a refusal; after a change the
 * action moves on to another page.
 */
export const PasswordForm = ({ email, action, mode }: Props) => {
  const [values, setValues] = useState(EMPTY);
  const [checked, setChecked] = useState<Record<string, string> | null>(null);
  const [state, formAction, pending] = useActionState<AccountFormState, FormData>(action, EMPTY_ACCOUNT_FORM);
  const schema = mode === "change" ? changePasswordSchema(email) : choosePasswordSchema(email);
  const errors = checked ?? state.fieldErrors;
  const change = (field: keyof typeof EMPTY, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (errors[field]) setChecked(Object.fromEntries(Object.entries(errors).filter(([name]) => name !== field)));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const found = zodFieldErrors(
      schema,
      mode === "change" ? values : { newPassword: values.newPassword, confirmPassword: values.confirmPassword },
    );
    // Nothing found here: the server's answer, once it comes, is what the fields show.
    if (Object.keys(found).length === 0) return setChecked(null);
    event.preventDefault();
    setChecked(found);
  };
  return (
    <form action={formAction} onSubmit={submit} noValidate className="space-y-4">
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {mode === "change" ? (
        <AccountField
          name="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={(event) => change("currentPassword", event.target.value)}
          error={errors.currentPassword}
          maxLength={200}
        />
      ) : null}
      <AccountField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        value={values.newPassword}
        onChange={(event) => change("newPassword", event.target.value)}
        error={errors.newPassword}
        help={`${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_BYTES} characters, and not your email address. A few unrelated words make a strong one.`}
        maxLength={200}
      />
      <AccountField
        name="confirmPassword"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        value={values.confirmPassword}
        onChange={(event) => change("confirmPassword", event.target.value)}
        error={errors.confirmPassword}
        maxLength={200}
      />
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <Button type="submit" disabled={pending} className={mode === "choose" ? "w-full" : undefined}>
        {pending ? "Saving…" : mode === "change" ? "Change password" : "Save password and continue"}
      </Button>
    </form>
  );
};
