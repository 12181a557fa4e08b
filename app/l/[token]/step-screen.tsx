import type { GatewayView } from "@/server/services/gateway/get-gateway-view";
import { ConfirmStepForm } from "@/components/gateway/confirm-step-form";
import { CustomerAccountForm } from "@/components/gateway/customer-account-form";
import { DocumentAcceptanceForm } from "@/components/gateway/document-acceptance-form";
import { EnhanceProfileForm } from "@/components/gateway/enhance-profile-form";
import { FinancialAccountForm } from "@/components/gateway/financial-account-form";
import { BUTTON_CLASSES, LINK_CLASS } from "@/components/gateway/gateway-classes";
import { SUBTYPE_WORDS } from "@/components/gateway/gateway-format";
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
import { linkPath } from "./_lib/link-cookies";

type Props = { view: GatewayView; token: string };

/** The body of the current step: what it shows and the one form that answers it. */
const StepBody = ({ view, token }: Props) => {
  const business = view.businessName;
  const declineHref = (reason?: string) => `${linkPath(token)}?decline=1${reason ? `&reason=${reason}` : ""}`;
  switch (view.currentStep) {
    case "customer-account":
      return (
        <>
          <p>{business} needs a few details to open your account.</p>
          <CustomerAccountForm action={submitCustomerAccountAction.bind(null, token)} />
        </>
      );
    case "lookup-profile":
      return (
        <>
          <p>{business} has these details for you. Check that they are yours.</p>
          <ProfileSummary customer={view.customer} />
          <ConfirmStepForm
            action={confirmProfileAction.bind(null, token)}
            label="These are my details"
            after={
              <a href={declineHref("INCORRECT_DETAILS")} className={BUTTON_CLASSES.secondary}>
                These aren&rsquo;t my details
              </a>
            }
          />
        </>
      );
    case "enhance-profile":
      return (
        <>
          <p>{business} asks for the following details.</p>
          <EnhanceProfileForm action={submitEnhancedProfileAction.bind(null, token)} ask={view.enhanceProfile} today={new Date().toISOString().slice(0, 10)} />
        </>
      );
    case "financial-account": {
      const subType = view.financialAccountSubType ?? "CHECKING";
      return (
        <>
          <p>
            Add the {SUBTYPE_WORDS[subType] ?? "account"} you want to use with {business}.
          </p>
          <FinancialAccountForm action={addFinancialAccountAction.bind(null, token)} kind={subType === "CREDIT" || subType === "DEBIT" ? "card" : "bank"} />
        </>
      );
    }
    case "lookup-financial-account":
      return (
        <>
          <p>{business} will use this account:</p>
          <p className="rounded-lg border border-slate-300 px-4 py-3 text-lg font-semibold text-slate-900">{view.accountLabel ?? "Your account on file"}</p>
          <ConfirmStepForm action={confirmFinancialAccountAction.bind(null, token)} label="Use this account" />
        </>
      );
    case "document-acceptance":
      return (
        <>
          <p>Please read each document, then accept it.</p>
          <DocumentAcceptanceForm action={acceptDocumentsAction.bind(null, token)} documents={view.documents} />
        </>
      );
    case "move-money":
      return (
        <>
          {view.payment ? <PaymentReview businessName={business} payment={view.payment} accountLabel={view.accountLabel} /> : null}
          <ConfirmStepForm
            action={confirmPaymentAction.bind(null, token)}
            label={view.payment?.transactionType === "SEND" ? "Accept payment" : "Confirm payment"}
            after={
              <a href={declineHref()} className={BUTTON_CLASSES.secondary}>
                Decline
              </a>
            }
          />
        </>
      );
    default:
      return null;
  }
};

export const StepScreen = ({ view, token }: Props) => {
  const index = view.steps.findIndex((step) => step.stepName === view.currentStep);
  const step = view.steps[index];
  if (!step) return null;
  return (
    <>
      <GatewayHeader businessName={view.businessName} title={view.title} memo={index === 0 ? view.customerMemo : null} />
      <StepProgress current={index + 1} total={view.steps.length} name={step.displayName} />
      <section aria-labelledby="step-title" className="mt-6 space-y-5 text-base text-slate-800">
        <h2 id="step-title" className="text-xl font-bold text-slate-900">
          {step.displayName}
        </h2>
        <StepBody view={view} token={token} />
      </section>
      {view.currentStep !== "move-money" ? (
        <p className="mt-8 border-t border-slate-200 pt-4 text-center text-sm text-slate-700">
          Don&rsquo;t want to go ahead?{" "}
          <a href={`${linkPath(token)}?decline=1`} className={`${LINK_CLASS} inline-block py-3`}>
            Decline this request
          </a>
        </p>
      ) : null}
    </>
  );
};
