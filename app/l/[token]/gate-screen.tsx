import { CodeForm, SendCodeForm } from "@/components/gateway/code-form";
import { MessageScreen } from "@/components/gateway/message-screen";
import { passcodeAction, sendCodeAction, smsCodeAction } from "./gate-actions";
import type { GatewayAccess } from "./_lib/gateway-access";

const lockedMessage = (kind: string, until: Date | null) => {
  if (!until) return undefined;
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return `Too many wrong ${kind}s. For your security, try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
};

type Gate = Extract<GatewayAccess, { kind: "passcode" | "sms-code" }>;

/** The screen before anything about the request is shown: a passcode, or a code LinX texts. */
export const GateScreen = ({ token, access }: { token: string; access: Gate }) => {
  if (access.kind === "passcode") {
    return (
      <MessageScreen title="Enter your passcode">
        <p>This link is protected. Enter the 6-digit passcode you were given with it.</p>
        <CodeForm action={passcodeAction.bind(null, token)} label="Passcode" lockedMessage={lockedMessage("passcode", access.lockedUntil)} />
      </MessageScreen>
    );
  }
  const send = sendCodeAction.bind(null, token);
  if (!access.codeLive) {
    return (
      <MessageScreen title="Confirm it’s you">
        <p>To keep your details safe, we will text a 6-digit code to your phone ending in {access.phoneLastFour}.</p>
        <SendCodeForm action={send} label="Text me a code" />
      </MessageScreen>
    );
  }
  return (
    <MessageScreen title="Enter the code we texted you">
      <p>We sent a 6-digit code to your phone ending in {access.phoneLastFour}. It works for 10 minutes.</p>
      <CodeForm action={smsCodeAction.bind(null, token)} label="Code" lockedMessage={lockedMessage("code", access.lockedUntil)} />
      <SendCodeForm action={send} label="Send a new code" variant="secondary" />
    </MessageScreen>
  );
};
