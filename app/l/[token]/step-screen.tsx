import type { GatewayView } from "@/server/services/gateway/get-gateway-view";
import type { Locale } from "@/server/i18n/locales";
import type { Translator } from "@/server/i18n/translator";
import { ConfirmStepForm } from "@/components/gateway/confirm-step-form";
import { CustomerAccountForm } from "@/components/gateway/customer-account-form";
import { DocumentAcceptanceForm } from "@/components/gateway/document-acceptance-form";
import { EnhanceProfileForm } from "@/components/gateway/enhance-profile-form";
import { FinancialAccountForm } from "@/components/gateway/financial-account-form";
import { BUTTON_CLASSES, LINK_CLASS } from "@/components/gateway/gateway-classes";
import { describeAccount } from "@/components/gateway/gateway-format";
import { GatewayHeader } from "@/components/gateway/gateway-header";
import { PaymentReview } from "@/components/gateway/payment-review";
import { ProfileSummary } from "@/components/gateway/profile-summary";
import { StepProgress } from "@/components/gateway/step-progress";
import {
  acceptDocumentsAction,
  addFinancialAccountAction,
  confirmFinancialAccountAction,
  confirmPaymentAction,
  confirmProfileAction,
  submitCustomerAccountAction,
  submitEnhancedProfileAction,
} from "./actions";
import {
  customerAccountWords,
  enhanceProfileWords,
  financialAccountWords,
  formWords,
} from "@/app/l/[token]/_lib/gateway-words";
import { linkPath } from "@/app/l/[token]/_lib/link-cookies";

type Props = { view: GatewayView; token: string; t: Translator; locale: Locale };

const SUBTYPES = new Set(["CHECKING", "SAVING", "CREDIT", "DEBIT"]);

/** The body of the current step: what it shows and the one form that answers it. */
const StepBody = ({ view, token, t, locale }: Props) => {
  const business = view.businessName;
  const account = describeAccount(t, view.account);
  const declineHref = (reason?: string) => `${linkPath(token)}?decline=1${reason ? `&reason=${reason}` : ""}`;
  switch (view.currentStep) {
    case "customer-account":
      return (
        <>
          <p>{t("gateway.customerAccount.intro", { business })}</p>
          <CustomerAccountForm action={submitCustomerAccountAction.bind(null, token)} words={customerAccountWords(t)} />
        </>
      );
    case "lookup-profile":
      return (
        <>
          <p>{t("gateway.lookupProfile.intro", { business })}</p>
          <ProfileSummary customer={view.customer} t={t} />
          <ConfirmStepForm
            action={confirmProfileAction.bind(null, token)}
            words={formWords(t, t("gateway.lookupProfile.confirm"))}
            after={
              <a href={declineHref("INCORRECT_DETAILS")} className={BUTTON_CLASSES.secondary}>
                {t("gateway.lookupProfile.notMine")}
              </a>
            }
          />
        </>
      );
    case "enhance-profile":
      return (
        <>
          <p>{t("gateway.enhanceProfile.intro", { business })}</p>
          <EnhanceProfileForm
            action={submitEnhancedProfileAction.bind(null, token)}
            ask={view.enhanceProfile}
            today={new Date().toISOString().slice(0, 10)}
            words={enhanceProfileWords(t)}
          />
        </>
      );
    case "financial-account": {
      const subType = view.financialAccountSubType ?? "CHECKING";
      return (
        <>
          <p>{t("gateway.financialAccount.intro", { business, kind: SUBTYPES.has(subType) ? subType : "other" })}</p>
          <FinancialAccountForm
            action={addFinancialAccountAction.bind(null, token)}
            kind={subType === "CREDIT" || subType === "DEBIT" ? "card" : "bank"}
            words={financialAccountWords(t)}
          />
        </>
      );
    }
    case "lookup-financial-account":
      return (
        <>
          <p>{t("gateway.lookupFinancialAccount.intro", { business })}</p>
          <p className="rounded-lg border border-slate-300 px-4 py-3 text-lg font-semibold text-slate-900">
            {account ?? t("gateway.lookupFinancialAccount.onFile")}
          </p>
          <ConfirmStepForm
            action={confirmFinancialAccountAction.bind(null, token)}
            words={formWords(t, t("gateway.lookupFinancialAccount.confirm"))}
          />
        </>
      );
    case "document-acceptance":
      return (
        <>
          <p>{t("gateway.documents.intro")}</p>
          <DocumentAcceptanceForm
            action={acceptDocumentsAction.bind(null, token)}
            documents={view.documents.map((document) => ({
              ...document,
              accept: t("gateway.documents.accept", { title: document.title }),
              tick: t("gateway.documents.tickToAccept", { title: document.title }),
              region: t("gateway.documents.fullText", { title: document.title }),
            }))}
            words={formWords(t, t("gateway.documents.submit"))}
          />
        </>
      );
    case "move-money":
      return (
        <>
          {view.payment ? (
            <PaymentReview
              businessName={business}
              payment={view.payment}
              accountLabel={account}
              t={t}
              locale={locale}
            />
          ) : null}
          <ConfirmStepForm
            action={confirmPaymentAction.bind(null, token)}
            words={formWords(
              t,
              t(view.payment?.transactionType === "SEND" ? "gateway.payment.accept" : "gateway.payment.confirm"),
            )}
            after={
              <a href={declineHref()} className={BUTTON_CLASSES.secondary}>
                {t("gateway.payment.decline")}
              </a>
            }
          />
        </>
      );
    default:
      return null;
  }
};

export const StepScreen = ({ view, token, t, locale }: Props) => {
  const index = view.steps.findIndex((step) => step.stepName === view.currentStep);
  const step = view.steps[index];
  if (!step) return null;
  const name = t(`gateway.steps.${step.stepName}`);
  return (
    <>
      <GatewayHeader
        businessName={view.businessName}
        title={view.title}
        memo={index === 0 ? view.customerMemo : null}
      />
      <StepProgress current={index + 1} total={view.steps.length} name={name} t={t} />
      <section aria-labelledby="step-title" className="mt-6 space-y-5 text-base text-slate-800">
        <h2 id="step-title" className="text-xl font-bold text-slate-900">
          {name}
        </h2>
        <StepBody view={view} token={token} t={t} locale={locale} />
      </section>
      {view.currentStep !== "move-money" ? (
        <p className="mt-8 border-t border-slate-200 pt-4 text-center text-sm text-slate-700">
          {t("gateway.decline.prompt")}{" "}
          <a href={`${linkPath(token)}?decline=1`} className={`${LINK_CLASS} inline-block py-3`}>
            {t("gateway.decline.link")}
          </a>
        </p>
      ) : null}
    </>
  );
};
