import { FormAlert, TextField } from "./field";
import { EMPTY_FORM_STATE, type FormState } from "@/server/contracts/gateway/form-state";
import type { FormWords } from "./form-words";
import { GatewayForm } from "./gateway-form";
import { SubmitButton } from "./submit-button";

export type FinancialAccountWords = FormWords & {
  holderName: string;
  routingNumber: string;
  routingHint: string;
  accountNumber: string;
  accountHint: string;
  cardHolder: string;
  cardNumber: string;
  expiry: string;
  expiryHint: string;
  stored: string;
};

/** A bank account (CHECKING, SAVING) or a card (CREDIT, DEBIT), as the business asked. */
export const FinancialAccountForm = ({
  state = EMPTY_FORM_STATE,
  kind,
  words,
}: {
  state?: FormState;
  kind: "bank" | "card";
  words: FinancialAccountWords;
}) => {
  const errors = state.fieldErrors;
  const common = { errorPrefix: words.errorPrefix };
  return (
    <GatewayForm intent="financial-account" noValidate className="space-y-5">
      <FormAlert message={state.formError ?? errors.kind} />
      <input type="hidden" name="kind" value={kind} />
      {kind === "bank" ? (
        <>
          <TextField
            {...common}
            name="holderName"
            label={words.holderName}
            error={errors.holderName}
            defaultValue={state.values?.holderName}
            autoComplete="name"
            autoCapitalize="words"
            maxLength={120}
            required
          />
          <TextField
            {...common}
            name="routingNumber"
            label={words.routingNumber}
            hint={words.routingHint}
            error={errors.routingNumber}
            defaultValue={state.values?.routingNumber}
            inputMode="numeric"
            autoComplete="off"
            maxLength={11}
            required
          />
          <TextField
            {...common}
            name="accountNumber"
            label={words.accountNumber}
            hint={words.accountHint}
            error={errors.accountNumber}
            inputMode="numeric"
            autoComplete="off"
            maxLength={20}
            required
          />
        </>
      ) : (
        <>
          <TextField
            {...common}
            name="holderName"
            label={words.cardHolder}
            error={errors.holderName}
            defaultValue={state.values?.holderName}
            autoComplete="cc-name"
            autoCapitalize="words"
            maxLength={120}
            required
          />
          <TextField
            {...common}
            name="cardNumber"
            label={words.cardNumber}
            error={errors.cardNumber}
            inputMode="numeric"
            autoComplete="cc-number"
            maxLength={23}
            required
          />
          <TextField
            {...common}
            name="expiry"
            label={words.expiry}
            hint={words.expiryHint}
            error={errors.expiry}
            inputMode="numeric"
            autoComplete="cc-exp"
            placeholder="MM/YY"
            maxLength={7}
            required
            className="max-w-32"
          />
        </>
      )}
      <p className="text-sm text-slate-600">{words.stored}</p>
      <SubmitButton wait={words.wait}>{words.submit}</SubmitButton>
    </GatewayForm>
  );
};
