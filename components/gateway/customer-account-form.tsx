import { FormAlert, TextField } from "./field";
import { EMPTY_FORM_STATE, type FormState } from "@/server/contracts/gateway/form-state";
import type { FormWords } from "./form-words";
import { GatewayForm } from "./gateway-form";
import { SubmitButton } from "./submit-button";

export type CustomerAccountWords = FormWords & {
  firstName: string;
  lastName: string;
  email: string;
  emailHint: string;
};

export const CustomerAccountForm = ({
  state = EMPTY_FORM_STATE,
  words,
}: {
  state?: FormState;
  words: CustomerAccountWords;
}) => {
  const errors = state.fieldErrors;
  const common = { errorPrefix: words.errorPrefix };
  return (
    <GatewayForm intent="customer-account" noValidate className="space-y-5">
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
    </GatewayForm>
  );
};
