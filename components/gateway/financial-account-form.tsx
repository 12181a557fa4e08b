"use client";

import { useActionState } from "react";
import { FormAlert, TextField } from "./field";
import { EMPTY_FORM_STATE, type FormAction } from "./form-state";
import { SubmitButton } from "./submit-button";

/** A bank account (CHECKING, SAVING) or a card (CREDIT, DEBIT), as the business asked. */
export const FinancialAccountForm = ({ action, kind }: { action: FormAction; kind: "bank" | "card" }) => {
  const [state, formAction] = useActionState(action, EMPTY_FORM_STATE);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormAlert message={state.formError ?? errors.kind} />
      <input type="hidden" name="kind" value={kind} />
      {kind === "bank" ? (
        <>
          <TextField name="holderName" label="Account holder's name" error={errors.holderName} defaultValue={state.values?.holderName} autoComplete="name" autoCapitalize="words" maxLength={120} required />
          <TextField
            name="routingNumber"
            label="Routing number"
            hint="9 digits, printed at the bottom left of a check"
            error={errors.routingNumber}
            defaultValue={state.values?.routingNumber}
            inputMode="numeric"
            autoComplete="off"
            maxLength={11}
            required
          />
          <TextField name="accountNumber" label="Account number" hint="4 to 17 digits" error={errors.accountNumber} inputMode="numeric" autoComplete="off" maxLength={20} required />
        </>
      ) : (
        <>
          <TextField name="holderName" label="Name on card" error={errors.holderName} defaultValue={state.values?.holderName} autoComplete="cc-name" autoCapitalize="words" maxLength={120} required />
          <TextField name="cardNumber" label="Card number" error={errors.cardNumber} inputMode="numeric" autoComplete="cc-number" maxLength={23} required />
          <TextField name="expiry" label="Expiry date" hint="MM/YY, for example 04/29" error={errors.expiry} inputMode="numeric" autoComplete="cc-exp" placeholder="MM/YY" maxLength={7} required className="max-w-32" />
        </>
      )}
      <p className="text-sm text-slate-600">We store the number encrypted and only ever show its last four digits.</p>
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
};
