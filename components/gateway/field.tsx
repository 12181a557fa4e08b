import type { ComponentProps, ReactNode } from "react";
import { fieldId } from "./form-words";
import { INPUT_CLASS, cx } from "./gateway-classes";

/** `errorPrefix`: what a screen reader says before an error ("Error:"), in the page's language. */
type FieldFrame = { name: string; label: ReactNode; hint?: ReactNode; error?: string; errorPrefix?: string };

/** Ids of the hint and error a control points at with aria-describedby. */
const describedBy = (name: string, hint: unknown, error: unknown) =>
  [hint ? `${fieldId(name)}-hint` : null, error ? `${fieldId(name)}-error` : null].filter(Boolean).join(" ") ||
  undefined;

export const FieldError = ({ id, message, prefix = "Error:" }: { id: string; message?: string; prefix?: string }) =>
  message ? (
    <p id={id} className="mt-1 text-sm font-medium text-red-700">
      <span className="sr-only">{prefix} </span>
      {message}
    </p>
  ) : null;

const Frame = ({ name, label, hint, error, errorPrefix, children }: FieldFrame & { children: ReactNode }) => (
  <div>
    <label htmlFor={fieldId(name)} className="block text-sm font-semibold text-slate-900">
      {label}
    </label>
    {hint ? (
      <p id={`${fieldId(name)}-hint`} className="mt-0.5 text-sm text-slate-600">
        {hint}
      </p>
    ) : null}
    <div className="mt-1">{children}</div>
    <FieldError id={`${fieldId(name)}-error`} message={error} prefix={errorPrefix} />
  </div>
);

type TextFieldProps = FieldFrame &
  Omit<ComponentProps<"input">, "name" | "id"> & {
    /** Replaces the standard look (height, text size) instead of adding to it. */
    controlClassName?: string;
  };

/** A labelled input whose hint and error are announced with it. `className` only adds (widths). */
export const TextField = ({
  name,
  label,
  hint,
  error,
  errorPrefix,
  className,
  controlClassName,
  ...input
}: TextFieldProps) => (
  <Frame name={name} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
    <input
      id={fieldId(name)}
      name={name}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(name, hint, error)}
      className={cx(controlClassName ?? INPUT_CLASS, className)}
      {...input}
    />
  </Frame>
);

type SelectFieldProps = FieldFrame &
  Omit<ComponentProps<"select">, "name" | "id"> & {
    options: readonly { value: string; label: string }[];
    placeholder?: string;
  };

export const SelectField = ({
  name,
  label,
  hint,
  error,
  errorPrefix,
  options,
  placeholder,
  className,
  ...select
}: SelectFieldProps) => (
  <Frame name={name} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
    <select
      id={fieldId(name)}
      name={name}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(name, hint, error)}
      className={cx(INPUT_CLASS, className)}
      {...select}
    >
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  </Frame>
);

/** The message for the whole form, read out as soon as it appears. */
export const FormAlert = ({ message }: { message?: string }) =>
  message ? (
    <div role="alert" className="rounded-lg border border-red-700 bg-red-50 px-4 py-3 text-sm font-medium text-red-800">
      {message}
    </div>
  ) : null;
