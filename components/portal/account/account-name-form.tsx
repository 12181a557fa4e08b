"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { AccountField } from "./account-field";
import { EMPTY_ACCOUNT_FORM, type AccountFormAction, type AccountFormState } from "./account-form-state";

/** The name the user's teams see in the Portal and the audit log. */
export const AccountNameForm = ({ name, action }: { name: string; action: AccountFormAction }) => {
  const [value, setValue] = useState(name);
  const [state, formAction, pending] = useActionState<AccountFormState, FormData>(action, EMPTY_ACCOUNT_FORM);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <AccountField
        name="name"
        label="Name"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        autoComplete="name"
        maxLength={100}
        error={state.fieldErrors.name}
        help="As your teams see it in the Portal and the audit log."
      />
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {state.saved ? <Alert tone="success">{state.saved}</Alert> : null}
      <Button type="submit" disabled={pending || value.trim() === name}>
        {pending ? "Saving…" : "Save name"}
      </Button>
    </form>
  );
};
