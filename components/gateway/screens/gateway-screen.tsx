import type { FormState, GatewayIntent } from "@/server/contracts/gateway/form-state";
import type { GatewayPageProps } from "@/server/contracts/gateway/gateway-screen";
import { translator } from "@/server/i18n/translator";
import { AnsweredScreen } from "@/components/gateway/answered-screen";
import { AutoRefresh } from "@/components/gateway/auto-refresh";
import { DeclineForm } from "@/components/gateway/decline-form";
import { EndedLinkScreen } from "@/components/gateway/ended-link-screen";
import { LINK_CLASS } from "@/components/gateway/gateway-classes";
import { describeAccount } from "@/components/gateway/gateway-format";
import { GatewayHeader } from "@/components/gateway/gateway-header";
import { LanguageSwitch } from "@/components/gateway/language-switch";
import { MessageScreen } from "@/components/gateway/message-screen";
import { CustomerCard } from "./customer-html";
import { GateScreen } from "./gate-screen";
import { declineWords } from "./gateway-words";
import { StepScreen } from "./step-screen";

// Every state of a link renders here, at the link's one address: the server knows which step is
// current, so leaving and coming back lands where they were.

/** The card's content for one screen. */
const ScreenBody = ({ locale, path, screen, posted }: GatewayPageProps) => {
  const t = translator(locale);
  const stateOf = (intent: GatewayIntent): FormState | undefined =>
    posted?.intent === intent ? posted.state : undefined;
  switch (screen.kind) {
    case "unknown":
      return <EndedLinkScreen state="unknown" t={t} />;
    case "ended":
      return <EndedLinkScreen state={screen.state} t={t} />;
    case "passcode":
    case "sms-code":
      return <GateScreen gate={screen} stateOf={stateOf} t={t} />;
    case "answered": {
      const { view } = screen;
      return (
        <AnsweredScreen
          status={view.status}
          businessName={view.businessName}
          title={view.title}
          accountLabel={describeAccount(t, view.account)}
          transaction={view.transaction}
          refreshHref={path}
          t={t}
          locale={locale}
        />
      );
    }
    case "decline": {
      const { view } = screen;
      return (
        <>
          <GatewayHeader businessName={view.businessName} title={view.title} />
          <section aria-labelledby="decline-title" className="mt-6 space-y-5 text-base text-slate-800">
            <h2 id="decline-title" className="text-xl font-bold text-slate-900">
              {t("gateway.decline.title")}
            </h2>
            <p>{t("gateway.decline.body", { business: view.businessName })}</p>
            <DeclineForm
              state={stateOf("decline")}
              defaultReason={screen.reason ?? undefined}
              words={declineWords(t)}
            />
            <p className="text-center">
              <a href={path} className={`${LINK_CLASS} inline-block py-3`}>
                {t("gateway.decline.goBack")}
              </a>
            </p>
          </section>
        </>
      );
    }
    case "open":
      if (!screen.view.currentStep) {
        // The link works before its first text has gone out; the first step opens a moment later.
        return (
          <MessageScreen title={t("gateway.almostReady.title")}>
            <p>{t("gateway.almostReady.body")}</p>
            <p>
              <a href={path} className={`${LINK_CLASS} inline-block py-3`}>
                {t("gateway.almostReady.refresh")}
              </a>
            </p>
            <AutoRefresh />
          </MessageScreen>
        );
      }
      return <StepScreen view={screen.view} stateOf={stateOf} t={t} locale={locale} />;
  }
};

/** Every Gateway screen: the white card, and below it the language switch and who secures the link. */
export const GatewayPage = (props: GatewayPageProps) => {
  const t = translator(props.locale);
  return (
    <CustomerCard
      footer={
        <>
          <LanguageSwitch current={props.locale} label={t("gateway.language")} />
          <p className="mt-2">{t("gateway.securedBy")}</p>
        </>
      }
    >
      <ScreenBody {...props} />
    </CustomerCard>
  );
};
