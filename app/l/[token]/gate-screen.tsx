import type { Translator } from "@/server/i18n/translator";
import { CodeForm, SendCodeForm } from "@/components/gateway/code-form";
import { MessageScreen } from "@/components/gateway/message-screen";
import { passcodeAction, sendCodeAction, smsCodeAction } from "./gate-actions";
import type { GatewayAccess } from "@/server/services/gateway/read-gateway-link";
import { codeWords, formWords } from "@/app/l/[token]/_lib/gateway-words";

const lockedMessage = (t: Translator, kind: "passcode" | "code", until: Date | null) => {
  if (!until) return undefined;
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return t("gateway.gate.locked", { kind, minutes });
};

type Gate = Extract<GatewayAccess, { kind: "passcode" | "sms-code" }>;

/** The screen before anything about the request is shown: a passcode, or a code LinX texts. */
export const GateScreen = ({ token, access, t }: { token: string; access: Gate; t: Translator }) => {
  if (access.kind === "passcode") {
    return (
      <MessageScreen title={t("gateway.gate.passcodeTitle")}>
        <p>{t("gateway.gate.passcodeBody")}</p>
        <CodeForm
          action={passcodeAction.bind(null, token)}
          words={codeWords(t, t("gateway.gate.passcode"))}
          lockedMessage={lockedMessage(t, "passcode", access.lockedUntil)}
        />
      </MessageScreen>
    );
  }
  const send = sendCodeAction.bind(null, token);
  // An emailed request's code goes to its address; the words say so.
  const byEmail = access.codeChannel === "email";
  if (!access.codeLive) {
    return (
      <MessageScreen title={t("gateway.gate.confirmTitle")}>
        <p>
          {byEmail
            ? t("gateway.gate.confirmBodyEmail", { address: access.emailHint })
            : t("gateway.gate.confirmBody", { lastFour: access.phoneLastFour })}
        </p>
        <SendCodeForm action={send} words={formWords(t, t(byEmail ? "gateway.gate.emailMe" : "gateway.gate.textMe"))} />
      </MessageScreen>
    );
  }
  return (
    <MessageScreen title={t(byEmail ? "gateway.gate.codeTitleEmail" : "gateway.gate.codeTitle")}>
      <p>
        {byEmail
          ? t("gateway.gate.codeBodyEmail", { address: access.emailHint })
          : t("gateway.gate.codeBody", { lastFour: access.phoneLastFour })}
      </p>
      <CodeForm
        action={smsCodeAction.bind(null, token)}
        words={codeWords(t, t("gateway.gate.code"))}
        lockedMessage={lockedMessage(t, "code", access.lockedUntil)}
      />
      <SendCodeForm action={send} words={formWords(t, t("gateway.gate.sendNew"))} variant="secondary" />
    </MessageScreen>
  );
};
