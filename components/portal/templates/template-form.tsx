"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { fieldAria, FormField } from "@/components/portal/form-field";
import { formProblems, shownProblems, touchedProblems } from "@/components/portal/steps/steps-draft";
import { StepsFieldset } from "@/components/portal/steps/steps-fieldset";
import { draftToInput, type TemplateDraft, ZTemplateDraftInput } from "./template-draft";

type Props = { businessId: string; initial: TemplateDraft; templateId?: string; currentVersion?: number };

/** Creates a template, or (with templateId) saves the edit as its next version. */
export const TemplateForm = ({ businessId, initial, templateId, currentVersion }: Props) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const documents = useQuery(trpc.legalDocuments.list.queryOptions({ businessId, limit: 100 }));
  const [draft, setDraft] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const onSaved = async (template: { id: string }) => {
    await queryClient.invalidateQueries({ queryKey: trpc.templates.pathKey() });
    router.push(`/portal/templates/${template.id}`);
  };
  const create = useMutation(trpc.templates.create.mutationOptions({ onSuccess: onSaved }));
  const update = useMutation(trpc.templates.update.mutationOptions({ onSuccess: onSaved }));
  const saving = create.isPending || update.isPending;
  const serverError = create.error ?? update.error;
  const input = draftToInput(draft);
  const allErrors = formProblems(ZTemplateDraftInput.safeParse(input).error?.issues ?? [], input.steps);
  const errors = shownProblems(allErrors, touched, submitted);
  const change = (patch: Partial<TemplateDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setTouched((before) => new Set([...before, ...touchedProblems(patch)]));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(allErrors).length > 0) return;
    if (templateId) update.mutate({ businessId, templateId, template: input });
    else create.mutate({ businessId, template: input });
  };
  const text = (
    field: "name" | "title" | "customerMemo" | "expireInHours",
    label: string,
    help: string,
    multiline = false,
  ) => {
    const id = `template-${field}`;
    const props = {
      id,
      value: draft[field],
      onChange: (e: { target: { value: string } }) => change({ [field]: e.target.value }),
      ...fieldAria(id, errors[field], true),
    };
    return (
      <FormField id={id} label={label} help={help} error={errors[field]}>
        {multiline ? (
          <Textarea {...props} rows={2} />
        ) : (
          <Input {...props} inputMode={field === "expireInHours" ? "numeric" : undefined} />
        )}
      </FormField>
    );
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <div className="grid gap-4 md:grid-cols-2">
        {text("name", "Template name", "For your staff; customers never see it.")}
        {text("title", "Title", "What customers see at the top of their link, e.g. “Rent for May”.")}
        {text("customerMemo", "Memo to the customer (optional)", "Shown under the title.", true)}
        {text(
          "expireInHours",
          "Link lifetime in hours (optional)",
          "Leave empty to use the business default from Settings.",
        )}
        <FormField
          id="template-locale"
          label="Customer's language"
          help="The texts and the Gateway's screens speak it. Without one the Gateway follows the customer's browser, and texts are in English."
        >
          <Select
            id="template-locale"
            value={draft.locale}
            onChange={(e) => change({ locale: e.target.value as TemplateDraft["locale"] })}
          >
            <option value="">The customer's browser</option>
            <option value="en">English</option>
            <option value="es">Spanish (Español)</option>
          </Select>
        </FormField>
      </div>
      <StepsFieldset
        draft={draft}
        errors={errors}
        documents={documents.data?.items.map((d) => ({ key: d.key, title: `${d.title} (v${d.version})` }))}
        onChange={change}
      />
      {documents.isError ? (
        <Alert tone="error">The legal documents could not be loaded: {documents.error.message}</Alert>
      ) : null}
      {serverError ? <Alert tone="error">{serverError.message}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : templateId ? `Save as version ${(currentVersion ?? 0) + 1}` : "Create template"}
        </Button>
        <Link
          href={templateId ? `/portal/templates/${templateId}` : "/portal/templates"}
          className={buttonClasses({ variant: "secondary" })}
        >
          Cancel
        </Link>
        {templateId ? (
          <p className="text-sm text-slate-600">Workflows already sent keep the version they were sent with.</p>
        ) : null}
      </div>
    </form>
  );
};
