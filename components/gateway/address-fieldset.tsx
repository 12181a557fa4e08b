import { FieldError, TextField } from "./field";
import { fieldId } from "./form-words";

export type AddressType = "PHYSICAL" | "MAILING" | "SHIPPING";

export type AddressWords = Record<
  AddressType | "line1" | "line2" | "city" | "region" | "postalCode" | "country" | "countryHint" | "errorPrefix",
  string
>;

// Autofill sections keep a browser from pouring the home address into the mailing one.
const section = (type: AddressType) =>
  type === "SHIPPING" ? "section-shipping shipping" : `section-${type.toLowerCase()}`;

type Props = {
  type: AddressType;
  errors: Record<string, string>;
  values?: Record<string, string>;
  words: AddressWords;
};

export const AddressFieldset = ({ type, errors, values, words }: Props) => {
  const name = (field: string) => `addresses.${type}.${field}`;
  const field = (key: string) => ({
    name: name(key),
    error: errors[name(key)],
    defaultValue: values?.[name(key)],
    errorPrefix: words.errorPrefix,
  });
  const whole = errors[`addresses.${type}`];
  return (
    <fieldset
      className="space-y-4 rounded-lg border border-slate-300 p-4"
      aria-describedby={whole ? `${fieldId(`addresses.${type}`)}-error` : undefined}
    >
      <legend className="px-1 text-base font-semibold text-slate-900">{words[type]}</legend>
      <FieldError id={`${fieldId(`addresses.${type}`)}-error`} message={whole} prefix={words.errorPrefix} />
      <TextField
        {...field("line1")}
        label={words.line1}
        autoComplete={`${section(type)} address-line1`}
        maxLength={120}
        required
      />
      <TextField
        {...field("line2")}
        label={words.line2}
        autoComplete={`${section(type)} address-line2`}
        maxLength={120}
      />
      <TextField
        {...field("city")}
        label={words.city}
        autoComplete={`${section(type)} address-level2`}
        maxLength={80}
        required
      />
      <TextField
        {...field("region")}
        label={words.region}
        autoComplete={`${section(type)} address-level1`}
        maxLength={80}
      />
      <TextField
        {...field("postalCode")}
        label={words.postalCode}
        autoComplete={`${section(type)} postal-code`}
        autoCapitalize="characters"
        maxLength={12}
        required
        className="max-w-48"
      />
      <TextField
        {...field("country")}
        defaultValue={values?.[name("country")] ?? "US"}
        label={words.country}
        hint={words.countryHint}
        autoComplete={`${section(type)} country`}
        autoCapitalize="characters"
        maxLength={2}
        required
        className="max-w-24 uppercase"
      />
    </fieldset>
  );
};
