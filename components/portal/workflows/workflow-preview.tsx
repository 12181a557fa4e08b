import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmailPreview } from "./email-preview";
import type { Locale } from "@/server/i18n/locales";
import { smsSegments } from "@/server/sms/sms-segments";
import { composeLinkMessage, renderLink } from "@/server/contracts/workflows/link-message";
import type { TemplateStep } from "@/server/contracts/templates/template-steps";
import { STEP_DISPLAY_NAMES, type StepNameValue } from "@/server/contracts/workflows/step-parameters";

type PreviewProps = {
  senderName: string;
  appUrl: string;
  title: string;
  memo?: string;
  introductoryMessage?: string;
  expireInHours: number;
  /** The workflow's language: the SMS shows in it. */
  locale: Locale | null;
  steps: TemplateStep[];
  documentTitles: Map<string, string>;
};

const stepDetail = (step: PreviewProps["steps"][number], documentTitles: Map<string, string>) => {
  if (step.name === "document-acceptance")
    return step.parameters.documents.map((d) => documentTitles.get(d.documentId) ?? d.documentId).join(", ");
  if (step.name === "move-money")
    return `${step.parameters.transactionType === "SEND" ? "Receive" : "Pay"} ${step.parameters.amount || "…"} USD by ${step.parameters.solution}`;
  if (step.name === "financial-account") return `A ${step.parameters.financialAccountSubType.toLowerCase()} account`;
  return null;
};

/** The first SMS exactly as the service will compose it, and the screens the customer will go through. */
export const WorkflowPreview = ({
  senderName,
  appUrl,
  title,
  memo,
  introductoryMessage,
  expireInHours,
  locale,
  steps,
  documentTitles,
}: PreviewProps) => {
  const expireAt = new Date(Date.now() + expireInHours * 3_600_000);
  const body = composeLinkMessage({
    kind: "INITIAL",
    senderName,
    title: title || "...",
    memo,
    introductoryMessage,
    expireAt,
    appUrl,
    locale,
  });
  const text = renderLink(body, `${appUrl}/l/•••`);
  const customerSteps = steps.filter((step) => step.name !== "notification");
  // An emailed request says the text's words, with a button for the link and an unsubscribe footer.
  const byEmail = steps.some((step) => step.name === "notification" && step.parameters.channel === "EMAIL");
  return (
    <Card>
      <CardHeader title="Preview" description="What the customer receives and sees." />
      <CardBody className="space-y-5">
        <div className="space-y-1.5">
          <h3 className="text-sm font-semibold text-slate-900">
            {byEmail ? "Email" : "SMS"}
            {locale === "es" ? " (Spanish)" : ""}
          </h3>
          {byEmail ? (
            <EmailPreview
              senderName={senderName}
              appUrl={appUrl}
              title={title || "..."}
              memo={memo}
              introductoryMessage={introductoryMessage}
              expireAt={expireAt}
              locale={locale}
            />
          ) : (
            <>
              <p
                data-testid="sms-preview"
                lang={locale ?? "en"}
                className="whitespace-pre-wrap rounded-2xl rounded-bl-sm bg-slate-100 px-4 py-3 text-sm text-slate-900"
              >
                {text}
              </p>
              <p className="text-xs text-slate-500">
                {`${smsSegments(renderLink(body, `${appUrl}/l/${"x".repeat(43)}`))} SMS segment(s). The link is unique to this customer.`}
              </p>
            </>
          )}
        </div>
        <div className="space-y-1.5">
          <h3 className="text-sm font-semibold text-slate-900">The customer&apos;s steps</h3>
          <ol className="space-y-2" data-testid="steps-preview">
            {customerSteps.map((step, index) => (
              <li key={step.name} className="flex gap-3 text-sm">
                <span
                  aria-hidden
                  className="flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-brand-50 text-xs font-semibold text-brand-700"
                >
                  {index + 1}
                </span>
                <span>
                  <span className="block font-medium text-slate-900">
                    {STEP_DISPLAY_NAMES[step.name as StepNameValue] ?? step.name}
                  </span>
                  {stepDetail(step, documentTitles) ? (
                    <span className="block text-xs text-slate-600">{stepDetail(step, documentTitles)}</span>
                  ) : null}
                </span>
              </li>
            ))}
          </ol>
        </div>
      </CardBody>
    </Card>
  );
};
