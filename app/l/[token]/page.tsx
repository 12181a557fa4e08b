import { notFound } from "next/navigation";
import { AnsweredScreen } from "@/components/gateway/answered-screen";
import { AutoRefresh } from "@/components/gateway/auto-refresh";
import { DeclineForm } from "@/components/gateway/decline-form";
import { EndedLinkScreen } from "@/components/gateway/ended-link-screen";
import { LINK_CLASS } from "@/components/gateway/gateway-classes";
import { describeAccount, isDeclineReason } from "@/components/gateway/gateway-format";
import { GatewayHeader } from "@/components/gateway/gateway-header";
import { MessageScreen } from "@/components/gateway/message-screen";
import { declineAction } from "./actions";
import { GateScreen } from "./gate-screen";
import { openLinkOnce } from "@/app/l/[token]/_lib/gateway-access";
import { gatewayTranslator } from "@/app/l/[token]/_lib/gateway-locale";
import { declineWords } from "@/app/l/[token]/_lib/gateway-words";
import { linkPath } from "@/app/l/[token]/_lib/link-cookies";
import { StepScreen } from "./step-screen";

// The customer's whole flow lives at this one address: the server knows which step is current,
// so leaving and coming back lands where they were. Every state of a link renders here, and
// none of them may fail for a strange token: unknown ones are a plain 404.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const GatewayPage = async ({ params, searchParams }: Props) => {
  const { token } = await params;
  const link = await openLinkOnce(token);
  if (link.kind === "unknown") notFound();
  const { t, locale } = await gatewayTranslator(token);
  if (link.kind === "ended") return <EndedLinkScreen state={link.state} t={t} />;
  if (link.kind === "passcode" || link.kind === "sms-code") return <GateScreen token={token} access={link} t={t} />;

  const { view } = link;
  if (link.kind === "answered") {
    return (
      <AnsweredScreen
        status={view.status}
        businessName={view.businessName}
        title={view.title}
        accountLabel={describeAccount(t, view.account)}
        transaction={view.transaction}
        refreshHref={linkPath(token)}
        t={t}
        locale={locale}
      />
    );
  }

  const query = await searchParams;
  if (query.decline === "1") {
    return (
      <>
        <GatewayHeader businessName={view.businessName} title={view.title} />
        <section aria-labelledby="decline-title" className="mt-6 space-y-5 text-base text-slate-800">
          <h2 id="decline-title" className="text-xl font-bold text-slate-900">
            {t("gateway.decline.title")}
          </h2>
          <p>{t("gateway.decline.body", { business: view.businessName })}</p>
          <DeclineForm
            action={declineAction.bind(null, token)}
            defaultReason={isDeclineReason(query.reason) ? query.reason : undefined}
            words={declineWords(t)}
          />
          <p className="text-center">
            <a href={linkPath(token)} className={`${LINK_CLASS} inline-block py-3`}>
              {t("gateway.decline.goBack")}
            </a>
          </p>
        </section>
      </>
    );
  }

  if (!view.currentStep) {
    // The link works before its first text has gone out; the first step opens a moment later.
    return (
      <MessageScreen title={t("gateway.almostReady.title")}>
        <p>{t("gateway.almostReady.body")}</p>
        <p>
          <a href={linkPath(token)} className={`${LINK_CLASS} inline-block py-3`}>
            {t("gateway.almostReady.refresh")}
          </a>
        </p>
        <AutoRefresh />
      </MessageScreen>
    );
  }
  return <StepScreen view={view} token={token} t={t} locale={locale} />;
};

export default GatewayPage;
