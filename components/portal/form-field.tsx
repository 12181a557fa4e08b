import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";

/** A labelled control with its help and its error, wired for screen readers by id. */
export const FormField = ({
  id,
  label,
  help,
  error,
  children,
}: {
  id: string;
  label: string;
  help?: ReactNode;
  error?: string;
  children: ReactNode;
}) => (
  <div className="space-y-1.5">
    <Label htmlFor={id}>{label}</Label>
    {children}
    {help ? (
      <p id={`${id}-help`} className="text-xs text-slate-500">
        {help}
      </p>
    ) : null}
    {error ? (
      <p id={`${id}-error`} className="text-xs font-medium text-red-700">
        {error}
      </p>
    ) : null}
  </div>
);

/** aria props for the control inside a FormField. */
export const fieldAria = (id: string, error?: string, help?: boolean) => ({
  "aria-invalid": error ? true : undefined,
  "aria-describedby": [help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined,
});

type Option<T extends string> = { value: T; label: string };

/** A group of checkboxes for a list of values. */
export const CheckboxGroup = <T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: Array<Option<T>>;
  value: T[];
  onChange: (next: T[]) => void;
}) => (
  <fieldset className="space-y-1.5">
    <legend className="text-sm font-medium text-slate-800">{legend}</legend>
    <div className="flex flex-wrap gap-x-4 gap-y-1">
      {options.map((option) => (
        <label key={option.value} className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            className="h-4 w-4 accent-brand-600"
            checked={value.includes(option.value)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value))
            }
          />
          {option.label}
        </label>
      ))}
    </div>
  </fieldset>
);

/** Radio buttons for one of a few values. */
export const RadioGroup = <T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: Array<Option<T>>;
  value: T;
  onChange: (next: T) => void;
}) => (
  <fieldset className="space-y-1.5">
    <legend className="text-sm font-medium text-slate-800">{legend}</legend>
    <div className="flex flex-wrap gap-x-4 gap-y-1">
      {options.map((option) => (
        <label key={option.value} className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="radio"
            name={name}
            className="h-4 w-4 accent-brand-600"
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </div>
  </fieldset>
);
