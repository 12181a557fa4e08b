import { FormAlert, TextField } from "./field";
import { EMPTY_FORM_STATE, type FormState } from "@/server/contracts/gateway/form-state";
import type { FormWords } from "./form-words";
import { GatewayForm } from "./gateway-form";
import { CONTROL_BASE, cx } from "./gateway-classes";
import { SubmitButton } from "./submit-button";

export type CodeWords = FormWords & { label: string; hint: string };

/** A six-digit gate before anything about the request is shown: a passcode, or a texted code. */
export const CodeForm = ({
  intent,
  state = EMPTY_FORM_STATE,
  words,
  lockedMessage,
}: {
  intent: "passcode" | "sms-code";
  state?: FormState;
  words: CodeWords;
  lockedMessage?: string;
}) => {
  return (
    <GatewayForm intent={intent} noValidate className="mt-6 space-y-5 text-left">
      <FormAlert message={state.formError ?? lockedMessage} />
      <TextField
        name="code"
        label={words.label}
        hint={words.hint}
        error={state.fieldErrors.code}
        errorPrefix={words.errorPrefix}
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        controlClassName={cx(CONTROL_BASE, "h-14 text-center font-mono text-2xl tracking-[0.4em]")}
      />
      <SubmitButton wait={words.wait}>{words.submit}</SubmitButton>
    </GatewayForm>
  );
};

/** Asks LinX to text a code; says why when it cannot (too soon, too many, opted out). */
export const SendCodeForm = ({
  state = EMPTY_FORM_STATE,
  words,
  variant = "primary",
}: {
  state?: FormState;
  words: FormWords;
  variant?: "primary" | "secondary";
}) => {
  return (
    <GatewayForm intent="send-code" className="mt-6 space-y-4 text-left">
      <FormAlert message={state.formError} />
      <SubmitButton variant={variant} wait={words.wait}>
        {words.submit}
      </SubmitButton>
    </GatewayForm>
  );
};
