"use client";

import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { fieldAria, FormField } from "@/components/portal/form-field";

export type TemplateDraft = { templateId: string; phoneNumber: string; email: string; amount: string };

type Props = {
  draft: TemplateDraft;
  errors: Record<string, string>;
  templates: Array<{ id: string; name: string; version: number; steps: Array<{ name: string }> }>;
  /** The template's notification step emails: ask for the customer's address instead of their phone. */
  byEmail: boolean;
  onChange: (patch: Partial<TemplateDraft>) => void;
};

/** A template and the one customer to send it to. */
export const TemplateFields = ({ draft, errors, templates, byEmail, onChange }: Props) => {
  const template = templates.find((t) => t.id === draft.templateId);
  const hasMoney = template?.steps.some((step) => step.name === "move-money");
  if (templates.length === 0)
    return (
      <p className="text-sm text-slate-600">
        There are no active templates yet. Build this workflow from scratch, or ask an admin to create a template first.
      </p>
    );
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <FormField id="template" label="Template" error={errors.templateId}>
        <Select
          id="template"
          value={draft.templateId}
          onChange={(e) => onChange({ templateId: e.target.value })}
          {...fieldAria("template", errors.templateId)}
        >
          <option value="">Choose a template…</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} (v{t.version})
            </option>
          ))}
        </Select>
      </FormField>
      {byEmail ? (
        <FormField id="template-email" label="Customer's email address" error={errors.email}>
          <Input
            id="template-email"
            type="email"
            autoComplete="off"
            value={draft.email}
            onChange={(e) => onChange({ email: e.target.value })}
            {...fieldAria("template-email", errors.email, true)}
          />
        </FormField>
      ) : (
        <FormField
          id="template-phone"
          label="Customer's mobile number"
          help="International format, e.g. +14155550123"
          error={errors.phoneNumber}
        >
          <Input
            id="template-phone"
            type="tel"
            autoComplete="off"
            value={draft.phoneNumber}
            onChange={(e) => onChange({ phoneNumber: e.target.value })}
            {...fieldAria("template-phone", errors.phoneNumber, true)}
          />
        </FormField>
      )}
      {hasMoney ? (
        <FormField
          id="template-amount"
          label="Amount (optional)"
          help="Leave empty to use the template's amount."
          error={errors.amount}
        >
          <Input
            id="template-amount"
            inputMode="decimal"
            value={draft.amount}
            onChange={(e) => onChange({ amount: e.target.value })}
            {...fieldAria("template-amount", errors.amount, true)}
          />
        </FormField>
      ) : null}
    </div>
  );
};
