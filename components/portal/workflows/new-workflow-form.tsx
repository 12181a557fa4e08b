"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { normalizeLocale } from "@/server/i18n/locales";
import { ZTemplateRecipientInput } from "@/server/contracts/templates/template-recipient-input";
import { AuthenticationPicker, type Authentication } from "./authentication-picker";
import { CreatedWorkflow } from "./created-workflow";
import { fieldAria, FormField, RadioGroup } from "@/components/portal/form-field";
import { StepsFieldset } from "@/components/portal/steps/steps-fieldset";
import { TemplateFields, type TemplateDraft } from "./template-fields";
import { shownProblems, touchedProblems } from "@/components/portal/steps/steps-draft";
import { type Draft, draftInput, EMPTY_DRAFT, validateDraft, workflowSteps } from "./workflow-draft";
import { localeName } from "./workflow-format";
import { WorkflowPreview } from "./workflow-preview";

const EXPIRY_DAYS = [1, 3, 7, 14, 30, 60, 90, 180, 365];

const validateTemplate = (d: TemplateDraft, authentication: Authentication, byEmail: boolean) => {
  const result = ZTemplateRecipientInput.safeParse({
    templateId: d.templateId,
    phoneNumber: byEmail ? undefined : d.phoneNumber,
    email: byEmail ? d.email : undefined,
    amount: d.amount || undefined,
    authentication,
  });
  const errors: Record<string, string> = {};
  if (!byEmail && !d.phoneNumber.trim()) errors.phoneNumber = "Required";
  if (byEmail && !d.email.trim()) errors.email = "Required";
  for (const issue of result.error?.issues ?? [])
    errors[String(issue.path[0])] ??=
      issue.code === "too_small" ? "Required" : issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
  return errors;
};

type Props = { businessId: string; appUrl: string };

export const NewWorkflowForm = ({ businessId, appUrl }: Props) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: options } = useSuspenseQuery(trpc.workflows.formOptions.queryOptions({ businessId }));
  const { defaultExpireInHours } = options;
  const templates = options.templates.filter((t) => t.status === "ACTIVE");
  const [mode, setMode] = useState<"scratch" | "template">("scratch");
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [templateDraft, setTemplateDraft] = useState<TemplateDraft>({
    templateId: "",
    phoneNumber: "",
    email: "",
    amount: "",
  });
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: trpc.workflows.list.pathKey() });
  const create = useMutation(trpc.workflows.create.mutationOptions({ onSuccess }));
  const fromTemplate = useMutation(trpc.workflows.createFromTemplate.mutationOptions({ onSuccess }));
  const mutation = mode === "scratch" ? create : fromTemplate;

  const chosenTemplate = templates.find((t) => t.id === templateDraft.templateId);
  const templateByEmail = Boolean(
    chosenTemplate?.steps.some((step) => step.name === "notification" && step.parameters.channel === "EMAIL"),
  );
  const allErrors =
    mode === "scratch" ? validateDraft(draft) : validateTemplate(templateDraft, draft.authentication, templateByEmail);
  const errors = shownProblems(allErrors, touched, submitted);
  const touch = (patch: object) =>
    setTouched((before) => new Set([...before, ...(mode === "scratch" ? touchedProblems(patch) : Object.keys(patch))]));
  const change = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    touch(patch);
  };
  const changeTemplate = (patch: Partial<TemplateDraft>) => {
    setTemplateDraft((d) => ({ ...d, ...patch }));
    touch(patch);
  };
  const reset = () => {
    create.reset();
    fromTemplate.reset();
    setDraft(EMPTY_DRAFT);
    setTemplateDraft({ templateId: "", phoneNumber: "", email: "", amount: "" });
    setTouched(new Set());
    setSubmitted(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(allErrors).length > 0) return;
    if (mode === "scratch") create.mutate({ businessId, ...draftInput(draft) });
    else
      fromTemplate.mutate({
        businessId,
        templateId: templateDraft.templateId,
        ...(templateByEmail ? { email: templateDraft.email } : { phoneNumber: templateDraft.phoneNumber }),
        amount: templateDraft.amount || undefined,
        authentication: draft.authentication,
        locale: draft.locale || undefined,
      });
  };

  if (mutation.data)
    return <CreatedWorkflow {...mutation.data} smsCode={draft.authentication === "SMS_CODE"} onAnother={reset} />;

  const template = templates.find((t) => t.id === templateDraft.templateId);
  const preview =
    mode === "scratch"
      ? {
          title: draft.title,
          memo: draft.customerMemo,
          intro: draft.introductoryMessage,
          hours: draft.expireInDays ? Number(draft.expireInDays) * 24 : defaultExpireInHours,
          steps: workflowSteps(draft),
        }
      : template
        ? {
            title: template.title,
            memo: template.customerMemo ?? undefined,
            intro:
              template.steps[0]?.name === "notification" ? template.steps[0].parameters.introductoryMessage : undefined,
            hours: template.expireInHours ?? defaultExpireInHours,
            steps: template.steps.map((s) =>
              s.name === "move-money" && templateDraft.amount
                ? { ...s, parameters: { ...s.parameters, amount: templateDraft.amount } }
                : s,
            ),
          }
        : null;

  return (
    <form onSubmit={submit} noValidate className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="space-y-6">
        <Card>
          <CardBody className="space-y-4">
            <RadioGroup
              legend="Start from"
              name="mode"
              value={mode}
              onChange={(next) => {
                setMode(next);
                setSubmitted(false);
              }}
              options={[
                { value: "scratch", label: "Scratch: choose the steps" },
                { value: "template", label: "A template" },
              ]}
            />
            {mode === "scratch" ? (
              <div className="grid gap-4 md:grid-cols-2">
                <FormField
                  id="title"
                  label="Title"
                  help="The customer sees it in the text or email and on every screen."
                  error={errors.title}
                >
                  <Input
                    id="title"
                    maxLength={200}
                    value={draft.title}
                    onChange={(e) => change({ title: e.target.value })}
                    {...fieldAria("title", errors.title, true)}
                  />
                </FormField>
                <FormField id="memo" label="Memo for the customer (optional)" error={errors.customerMemo}>
                  <Input
                    id="memo"
                    maxLength={500}
                    value={draft.customerMemo}
                    onChange={(e) => change({ customerMemo: e.target.value })}
                    {...fieldAria("memo", errors.customerMemo)}
                  />
                </FormField>
                <FormField id="expiry" label="Link valid for">
                  <Select
                    id="expiry"
                    value={draft.expireInDays}
                    onChange={(e) => change({ expireInDays: e.target.value })}
                  >
                    <option value="">Business default ({Math.round(defaultExpireInHours / 24)} days)</option>
                    {EXPIRY_DAYS.map((days) => (
                      <option key={days} value={days}>
                        {days} day{days === 1 ? "" : "s"}
                      </option>
                    ))}
                  </Select>
                </FormField>
              </div>
            ) : (
              <TemplateFields
                draft={templateDraft}
                errors={errors}
                templates={templates}
                byEmail={templateByEmail}
                onChange={changeTemplate}
              />
            )}
            <FormField
              id="locale"
              label="Customer's language"
              help="The texts and the Gateway's screens speak it. Without one the Gateway follows the customer's browser, and texts are in English."
            >
              <Select
                id="locale"
                value={draft.locale}
                onChange={(e) => setDraft((d) => ({ ...d, locale: e.target.value as Draft["locale"] }))}
              >
                <option value="">
                  {mode === "template" && template?.locale
                    ? `The template's (${localeName(template.locale)})`
                    : "The customer's browser"}
                </option>
                <option value="en">English</option>
                <option value="es">Spanish (Español)</option>
              </Select>
            </FormField>
            <AuthenticationPicker
              value={draft.authentication}
              onChange={(authentication) => setDraft((d) => ({ ...d, authentication }))}
            />
          </CardBody>
        </Card>
        {mode === "scratch" ? (
          <StepsFieldset
            draft={draft}
            errors={errors}
            documents={options.documents}
            onChange={change}
            recipient={
              draft.channel === "EMAIL" ? (
                <FormField id="email" label="Customer's email address" error={errors["notification.email"]}>
                  <Input
                    id="email"
                    type="email"
                    autoComplete="off"
                    value={draft.email}
                    onChange={(e) => change({ email: e.target.value })}
                    {...fieldAria("email", errors["notification.email"], true)}
                  />
                </FormField>
              ) : (
                <FormField
                  id="phone"
                  label="Customer's mobile number"
                  help="International format, e.g. +14155550123"
                  error={errors["notification.phoneNumber"]}
                >
                  <Input
                    id="phone"
                    type="tel"
                    autoComplete="off"
                    value={draft.phoneNumber}
                    onChange={(e) => change({ phoneNumber: e.target.value })}
                    {...fieldAria("phone", errors["notification.phoneNumber"], true)}
                  />
                </FormField>
              )
            }
          />
        ) : null}
        {mutation.error ? <Alert tone="error">The workflow was not created: {mutation.error.message}</Alert> : null}
        {submitted && Object.keys(allErrors).length > 0 ? (
          <Alert tone="error">Fix the fields marked above, then send again.</Alert>
        ) : null}
        <div className="flex gap-2">
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? "Sending…" : "Create and send"}
          </Button>
        </div>
      </div>
      <div className="lg:sticky lg:top-20">
        {preview ? (
          <WorkflowPreview
            senderName={options.senderName}
            appUrl={appUrl}
            title={preview.title}
            memo={preview.memo}
            introductoryMessage={preview.intro}
            expireInHours={preview.hours}
            locale={normalizeLocale(draft.locale || (mode === "template" ? template?.locale : null))}
            steps={preview.steps}
            documentTitles={new Map(options.documents.map((d) => [d.key, d.title]))}
          />
        ) : (
          <Card>
            <CardBody className="text-sm text-slate-600">
              Choose a template to preview what the customer receives.
            </CardBody>
          </Card>
        )}
      </div>
    </form>
  );
};
