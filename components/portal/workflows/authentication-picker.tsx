"use client";

import type { CreateWorkflowInput } from "@/server/contracts/workflows/create-workflow-input";

export type Authentication = NonNullable<CreateWorkflowInput["authentication"]>;

/** How a customer proves the link reached them, in the words the Portal uses everywhere. */
const AUTHENTICATION_OPTIONS: Array<{ value: Authentication; label: string; help: string }> = [
  { value: "NONE", label: "No check", help: "Whoever has the link opens it straight away." },
  {
    value: "PASSCODE",
    label: "Passcode",
    help: "A 6-digit code shown to you once after creation; give it to the customer in person or by phone.",
  },
  {
    value: "SMS_CODE",
    label: "Code by SMS",
    help: "When the customer opens the link, LinX texts a one-time code to their number (or emails it, for a request by email) to enter first.",
  },
];

export const authenticationLabel = (value: Authentication) =>
  AUTHENTICATION_OPTIONS.find((option) => option.value === value)?.label ?? value;

/** The customer check for a new workflow: one radio button per choice, each with its one-line explanation. */
export const AuthenticationPicker = ({
  value,
  onChange,
}: {
  value: Authentication;
  onChange: (next: Authentication) => void;
}) => (
  <fieldset className="space-y-2">
    <legend className="text-sm font-medium text-slate-800">Before the customer opens the link</legend>
    {AUTHENTICATION_OPTIONS.map((option) => (
      <label key={option.value} className="flex items-start gap-2 text-sm text-slate-700">
        <input
          type="radio"
          name="authentication"
          className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
          value={option.value}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
          aria-describedby={`authentication-${option.value}-help`}
        />
        <span>
          <span className="font-medium text-slate-900">{option.label}</span>
          <span id={`authentication-${option.value}-help`} className="block text-xs text-slate-500">
            {option.help}
          </span>
        </span>
      </label>
    ))}
  </fieldset>
);
