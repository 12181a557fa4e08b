import { AddressFieldset, type AddressType, type AddressWords } from "./address-fieldset";
import { FormAlert, SelectField, TextField } from "./field";
import { EMPTY_FORM_STATE, type FormState } from "@/server/contracts/gateway/form-state";
import type { FormWords } from "./form-words";
import { GatewayForm } from "./gateway-form";
import { SubmitButton } from "./submit-button";

export type EnhanceProfileAsk = {
  personalInfo: ("salutation" | "dateOfBirth")[];
  address: AddressType[];
  phoneNumber: ("HOME" | "WORK")[];
};

export type EnhanceProfileWords = FormWords &
  AddressWords & {
    salutation: string;
    choose: string;
    dateOfBirth: string;
    homePhone: string;
    workPhone: string;
    phoneHint: string;
  };

const SALUTATIONS = ["Mr", "Ms", "Mrs", "Mx", "Dr"].map((value) => ({ value, label: value }));

/** Only what the business asked for, each of it required. */
export const EnhanceProfileForm = ({
  state = EMPTY_FORM_STATE,
  ask,
  today,
  words,
}: {
  state?: FormState;
  ask: EnhanceProfileAsk;
  today: string;
  words: EnhanceProfileWords;
}) => {
  const errors = state.fieldErrors;
  const value = (name: string) => state.values?.[name];
  const common = { errorPrefix: words.errorPrefix };
  return (
    <GatewayForm intent="enhance-profile" noValidate className="space-y-5">
      <FormAlert message={state.formError} />
      {ask.personalInfo.includes("salutation") ? (
        <SelectField
          {...common}
          name="salutation"
          label={words.salutation}
          placeholder={words.choose}
          options={SALUTATIONS}
          error={errors.salutation}
          defaultValue={value("salutation") ?? ""}
          autoComplete="honorific-prefix"
          required
        />
      ) : null}
      {ask.personalInfo.includes("dateOfBirth") ? (
        <TextField
          {...common}
          name="dateOfBirth"
          label={words.dateOfBirth}
          error={errors.dateOfBirth}
          defaultValue={value("dateOfBirth")}
          type="date"
          max={today}
          placeholder="YYYY-MM-DD"
          autoComplete="bday"
          required
          className="max-w-56"
        />
      ) : null}
      {ask.address.map((type) => (
        <AddressFieldset key={type} type={type} errors={errors} values={state.values} words={words} />
      ))}
      {ask.phoneNumber.map((type) => (
        <TextField
          {...common}
          key={type}
          name={`phones.${type}`}
          label={type === "HOME" ? words.homePhone : words.workPhone}
          hint={words.phoneHint}
          error={errors[`phones.${type}`]}
          defaultValue={value(`phones.${type}`)}
          type="tel"
          inputMode="tel"
          autoComplete={`${type.toLowerCase()} tel`}
          maxLength={24}
          required
        />
      ))}
      <SubmitButton wait={words.wait}>{words.submit}</SubmitButton>
    </GatewayForm>
  );
};
