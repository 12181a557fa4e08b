import type { ReactNode } from "react";
import { EMPTY_FORM_STATE, type FormState, type GatewayIntent } from "@/server/contracts/gateway/form-state";
import { FormAlert } from "./field";
import type { FormWords } from "./form-words";
import { GatewayForm } from "./gateway-form";
import { SubmitButton } from "./submit-button";

/** A screen whose only answer is one button (`words.submit`): the details it confirms are shown above it. */
export const ConfirmStepForm = ({
  intent,
  state = EMPTY_FORM_STATE,
  words,
  after,
}: {
  intent: GatewayIntent;
  state?: FormState;
  words: FormWords;
  after?: ReactNode;
}) => (
  <GatewayForm intent={intent} className="space-y-4">
    <FormAlert message={state.formError} />
    <SubmitButton wait={words.wait}>{words.submit}</SubmitButton>
    {after}
  </GatewayForm>
);
