import type { Translator } from "@/server/i18n/translator";
import type { FormState } from "@/server/contracts/gateway/form-state";
import type { GatewayScreen } from "@/server/contracts/gateway/gateway-screen";
import { CodeForm, SendCodeForm } from "@/components/gateway/code-form";
import { MessageScreen } from "@/components/gateway/message-screen";
import { codeWords, formWords } from "./gateway-words";

type Gate = Extract<GatewayScreen, { kind: "passcode" | "sms-code" }>;

const lockedMessage = (t: Translator, kind: "passcode" | "code", minutes: number | null) =>
  minutes ? t("gateway.gate.locked", { kind, minutes }) : undefined;

/** The screen before anything about the request is shown: a passcode, or a code LinX texts. */
export const GateScreen = ({
  gate,
  stateOf,
  t,
}: {
  gate: Gate;
  stateOf: (intent: "passcode" | "sms-code" | "send-code") => FormState | undefined;
  t: Translator;
}) => {
  if (gate.kind === "passcode") {
    return (
      <MessageScreen title={t("gateway.gate.passcodeTitle")}>
        <p>{t("gateway.gate.passcodeBody")}</p>
        <CodeForm
          intent="passcode"
          state={stateOf("passcode")}
          words={codeWords(t, t("gateway.gate.passcode"))}
          lockedMessage={lockedMessage(t, "passcode", gate.lockedMinutes)}
        />
      </MessageScreen>
    );
  }
  // An emailed request's code goes to its address; the words say so.
  const byEmail = gate.codeChannel === "email";
  if (!gate.codeLive) {
    return (
      <MessageScreen title={t("gateway.gate.confirmTitle")}>
        <p>
          {byEmail
            ? t("gateway.gate.confirmBodyEmail", { address: gate.emailHint })
            : t("gateway.gate.confirmBody", { lastFour: gate.phoneLastFour })}
        </p>
        <SendCodeForm
          state={stateOf("send-code")}
          words={formWords(t, t(byEmail ? "gateway.gate.emailMe" : "gateway.gate.textMe"))}
        />
      </MessageScreen>
    );
  }
  return (
    <MessageScreen title={t(byEmail ? "gateway.gate.codeTitleEmail" : "gateway.gate.codeTitle")}>
      <p>
        {byEmail
          ? t("gateway.gate.codeBodyEmail", { address: gate.emailHint })
          : t("gateway.gate.codeBody", { lastFour: gate.phoneLastFour })}
      </p>
      <CodeForm
        intent="sms-code"
        state={stateOf("sms-code")}
        words={codeWords(t, t("gateway.gate.code"))}
        lockedMessage={lockedMessage(t, "code", gate.lockedMinutes)}
      />
      <SendCodeForm state={stateOf("send-code")} words={formWords(t, t("gateway.gate.sendNew"))} variant="secondary" />
    </MessageScreen>
  );
};
