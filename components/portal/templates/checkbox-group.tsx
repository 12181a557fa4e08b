"use client";

/** A fieldset of checkboxes over a list of values. */
export const CheckboxGroup = <T extends string>({
  legend,
  options,
  value,
  onChange,
  disabled,
}: {
  legend: string;
  options: Array<{ value: T; label: string }>;
  value: T[];
  onChange: (next: T[]) => void;
  disabled?: boolean;
}) => (
  <fieldset className="space-y-1" disabled={disabled}>
    <legend className="text-sm font-medium text-slate-800">{legend}</legend>
    <div className="flex flex-wrap gap-x-5 gap-y-1">
      {options.map((option) => (
        <label key={option.value} className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={value.includes(option.value)}
            onChange={(event) => onChange(event.target.checked ? [...value, option.value] : value.filter((item) => item !== option.value))}
            className="size-4 accent-brand-600"
          />
          {option.label}
        </label>
      ))}
    </div>
  </fieldset>
);
