import { FieldError, TextField } from "./field";
import { fieldId } from "./form-state";

export type AddressType = "PHYSICAL" | "MAILING" | "SHIPPING";

const LEGENDS: Record<AddressType, string> = { PHYSICAL: "Home address", MAILING: "Mailing address", SHIPPING: "Shipping address" };

// Autofill sections keep a browser from pouring the home address into the mailing one.
const section = (type: AddressType) => (type === "SHIPPING" ? "section-shipping shipping" : `section-${type.toLowerCase()}`);

type Props = { type: AddressType; errors: Record<string, string>; values?: Record<string, string> };

export const AddressFieldset = ({ type, errors, values }: Props) => {
  const name = (field: string) => `addresses.${type}.${field}`;
  const field = (key: string) => ({ name: name(key), error: errors[name(key)], defaultValue: values?.[name(key)] });
  const whole = errors[`addresses.${type}`];
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-300 p-4" aria-describedby={whole ? `${fieldId(`addresses.${type}`)}-error` : undefined}>
      <legend className="px-1 text-base font-semibold text-slate-900">{LEGENDS[type]}</legend>
      <FieldError id={`${fieldId(`addresses.${type}`)}-error`} message={whole} />
      <TextField {...field("line1")} label="Street address" autoComplete={`${section(type)} address-line1`} maxLength={120} required />
      <TextField {...field("line2")} label="Apartment, suite, unit (optional)" autoComplete={`${section(type)} address-line2`} maxLength={120} />
      <TextField {...field("city")} label="City" autoComplete={`${section(type)} address-level2`} maxLength={80} required />
      <TextField {...field("region")} label="State or region (optional)" autoComplete={`${section(type)} address-level1`} maxLength={80} />
      <TextField {...field("postalCode")} label="ZIP or postal code" autoComplete={`${section(type)} postal-code`} autoCapitalize="characters" maxLength={12} required className="max-w-48" />
      <TextField
        {...field("country")}
        defaultValue={values?.[name("country")] ?? "US"}
        label="Country"
        hint="Two-letter code, for example US"
        autoComplete={`${section(type)} country`}
        autoCapitalize="characters"
        maxLength={2}
        required
        className="max-w-24 uppercase"
      />
    </fieldset>
  );
};
