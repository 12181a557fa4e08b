import type { FormState, GatewayIntent } from "@/server/contracts/gateway/form-state";
import type { ShownView } from "@/server/contracts/gateway/gateway-screen";
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
import { customerAccountWords, enhanceProfileWords, financialAccountWords, formWords } from "./gateway-words";

type Props = {
  view: ShownView;
  stateOf: (intent: GatewayIntent) => FormState | undefined;
  t: Translator;
  locale: Locale;
};

const SUBTYPES = new Set(["CHECKING", "SAVING", "CREDIT", "DEBIT"]);

/** The body of the current step: what it shows and the one form that answers it. */
const StepBody = ({ view, stateOf, t, locale }: Props) => {
  const business = view.businessName;
  const account = describeAccount(t, view.account);
  const declineHref = (reason?: string) => `?decline=1${reason ? `&reason=${reason}` : ""}`;
  switch (view.currentStep) {
    case "customer-account":
      return (
        <>
          <p>{t("gateway.customerAccount.intro", { business })}</p>
          <CustomerAccountForm state={stateOf("customer-account")} words={customerAccountWords(t)} />
        </>
      );
    case "lookup-profile":
      return (
        <>
          <p>{t("gateway.lookupProfile.intro", { business })}</p>
          <ProfileSummary customer={view.customer} t={t} />
          <ConfirmStepForm
            intent="confirm-profile"
            state={stateOf("confirm-profile")}
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
            state={stateOf("enhance-profile")}
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
            state={stateOf("financial-account")}
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
            intent="confirm-financial-account"
            state={stateOf("confirm-financial-account")}
            words={formWords(t, t("gateway.lookupFinancialAccount.confirm"))}
          />
        </>
      );
    case "document-acceptance":
      return (
        <>
          <p>{t("gateway.documents.intro")}</p>
          <DocumentAcceptanceForm
            state={stateOf("accept-documents")}
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
            intent="confirm-payment"
            state={stateOf("confirm-payment")}
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

export const StepScreen = ({ view, stateOf, t, locale }: Props) => {
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
        <StepBody view={view} stateOf={stateOf} t={t} locale={locale} />
      </section>
      {view.currentStep !== "move-money" ? (
        <p className="mt-8 border-t border-slate-200 pt-4 text-center text-sm text-slate-700">
          {t("gateway.decline.prompt")}{" "}
          <a href="?decline=1" className={`${LINK_CLASS} inline-block py-3`}>
            {t("gateway.decline.link")}
          </a>
        </p>
      ) : null}
    </>
  );
};
