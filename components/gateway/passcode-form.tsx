"use client";

import { useActionState } from "react";
import { FormAlert, TextField } from "./field";
import { EMPTY_FORM_STATE, type FormAction } from "./form-state";
import { CONTROL_BASE, cx } from "./gateway-classes";
import { SubmitButton } from "./submit-button";

/** The gate before anything about the request is shown. */
export const PasscodeForm = ({ action, lockedMinutes }: { action: FormAction; lockedMinutes: number | null }) => {
  const [state, formAction] = useActionState(action, EMPTY_FORM_STATE);
  const formError = state.formError ?? (lockedMinutes ? `Too many wrong passcodes. For your security, try again in ${lockedMinutes} minute${lockedMinutes === 1 ? "" : "s"}.` : undefined);
  return (
    <form action={formAction} noValidate className="mt-6 space-y-5 text-left">
      <FormAlert message={formError} />
      <TextField
        name="passcode"
        label="Passcode"
        hint="6 digits"
        error={state.fieldErrors.passcode}
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        controlClassName={cx(CONTROL_BASE, "h-14 text-center font-mono text-2xl tracking-[0.4em]")}
      />
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
};
