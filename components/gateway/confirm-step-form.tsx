"use client";

import type { ReactNode } from "react";
import { useActionState } from "react";
import { FormAlert } from "./field";
import { EMPTY_FORM_STATE, type FormAction, type FormWords } from "./form-state";
import { SubmitButton } from "./submit-button";

/** A screen whose only answer is one button (`words.submit`): the details it confirms are shown above it. */
export const ConfirmStepForm = ({
  action,
  words,
  after,
}: {
  action: FormAction;
  words: FormWords;
  after?: ReactNode;
}) => {
  const [state, formAction] = useActionState(action, EMPTY_FORM_STATE);
  return (
    <form action={formAction} className="space-y-4">
      <FormAlert message={state.formError} />
      <SubmitButton wait={words.wait}>{words.submit}</SubmitButton>
      {after}
    </form>
  );
};
