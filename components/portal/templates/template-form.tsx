"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { FieldMessage } from "@/components/ui/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { zodFieldErrors } from "../zod-field-errors";
import { draftSteps, draftToInput, type TemplateDraft, ZTemplateDraftInput } from "./template-draft";
import { TemplateStepsFieldset } from "./template-steps-fieldset";

type Props = { businessId: string; initial: TemplateDraft; templateId?: string; currentVersion?: number };

/** Creates a template, or (with templateId) saves the edit as its next version. */
export const TemplateForm = ({ businessId, initial, templateId, currentVersion }: Props) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const onSaved = async (template: { id: string }) => {
    await queryClient.invalidateQueries({ queryKey: trpc.templates.pathKey() });
    router.push(`/portal/templates/${template.id}`);
  };
  const create = useMutation(trpc.templates.create.mutationOptions({ onSuccess: onSaved }));
  const update = useMutation(trpc.templates.update.mutationOptions({ onSuccess: onSaved }));
  const saving = create.isPending || update.isPending;
  const serverError = create.error ?? update.error;
  const input = draftToInput(draft);
  const errors = zodFieldErrors(ZTemplateDraftInput, input);
  // Name and title errors wait for a first submit or a first keystroke in them; step rules show at once.
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const shown = (field: string) => (submitted || touched[field] ? errors[field] : undefined);
  const steps = draftSteps(draft);
  const errorOf = (stepName: string, parameter?: string) => {
    const index = steps.findIndex((step) => step.name === stepName);
    if (index < 0) return parameter ? undefined : errors.steps;
    // A parameter's errors show at its field; the step's own (order, pairing) at the step.
    if (!parameter) return errors[`steps.${index}.name`] ?? errors[`steps.${index}`];
    const prefix = `steps.${index}.parameters.${parameter}`;
    return Object.entries(errors).find(([path]) => path === prefix || path.startsWith(`${prefix}.`))?.[1];
  };
  const change = (patch: Partial<TemplateDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setTouched((current) => ({ ...current, ...Object.fromEntries(Object.keys(patch).map((key) => [key, true])) }));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    if (templateId) update.mutate({ businessId, templateId, template: input });
    else create.mutate({ businessId, template: input });
  };
  const text = (field: "name" | "title" | "customerMemo" | "expireInHours", label: string, help: string, multiline = false) => {
    const props = {
      id: `template-${field}`,
      value: draft[field],
      "aria-invalid": shown(field) ? true : undefined,
      "aria-describedby": `template-${field}-message`,
    } as const;
    return (
      <div className="space-y-1.5">
        <Label htmlFor={props.id}>{label}</Label>
        {multiline ? (
          <Textarea {...props} rows={2} onChange={(e) => change({ [field]: e.target.value })} />
        ) : (
          <Input {...props} inputMode={field === "expireInHours" ? "numeric" : undefined} onChange={(e) => change({ [field]: e.target.value })} />
        )}
        <FieldMessage id={`template-${field}-message`} error={shown(field)} help={help} />
      </div>
    );
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <div className="grid gap-4 md:grid-cols-2">
        {text("name", "Template name", "For your staff; customers never see it.")}
        {text("title", "Title", "What customers see at the top of their link, e.g. “Rent for May”.")}
        {text("customerMemo", "Memo to the customer (optional)", "Shown under the title.", true)}
        {text("expireInHours", "Link lifetime in hours (optional)", "Leave empty to use the business default from Settings.")}
      </div>
      <TemplateStepsFieldset businessId={businessId} draft={draft} onChange={change} errorOf={errorOf} />
      {errors.steps ? <Alert tone="error">{errors.steps}</Alert> : null}
      {serverError ? <Alert tone="error">{serverError.message}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : templateId ? `Save as version ${(currentVersion ?? 0) + 1}` : "Create template"}
        </Button>
        <Link href={templateId ? `/portal/templates/${templateId}` : "/portal/templates"} className={buttonClasses({ variant: "secondary" })}>
          Cancel
        </Link>
        {templateId ? <p className="text-sm text-slate-600">Workflows already sent keep the version they were sent with.</p> : null}
      </div>
    </form>
  );
};
