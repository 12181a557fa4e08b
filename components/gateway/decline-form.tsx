import { FieldError, FormAlert } from "./field";
import { EMPTY_FORM_STATE, type FormState } from "@/server/contracts/gateway/form-state";
import { fieldId, type FormWords } from "./form-words";
import { GatewayForm } from "./gateway-form";
import { CONTROL_BASE, cx } from "./gateway-classes";
import type { DeclineReasonValue } from "./gateway-format";
import { SubmitButton } from "./submit-button";

export type DeclineWords = FormWords & {
  why: string;
  tellUsMore: string;
  tellUsMoreHint: string;
  reasons: { value: DeclineReasonValue; label: string }[];
};

/** Saying no: one of the predefined reasons, or the customer's own words. */
export const DeclineForm = ({
  state = EMPTY_FORM_STATE,
  defaultReason,
  words,
}: {
  state?: FormState;
  defaultReason?: string;
  words: DeclineWords;
}) => {
  const chosen = state.values?.reason ?? defaultReason;
  const reasonError = state.fieldErrors.reason;
  const textError = state.fieldErrors.text;
  const textId = fieldId("text");
  return (
    <GatewayForm intent="decline" noValidate className="space-y-5">
      <FormAlert message={state.formError} />
      <fieldset aria-describedby={reasonError ? `${fieldId("reason")}-error` : undefined}>
        <legend className="text-base font-semibold text-slate-900">{words.why}</legend>
        <FieldError id={`${fieldId("reason")}-error`} message={reasonError} prefix={words.errorPrefix} />
        <div className="mt-2 space-y-1">
          {words.reasons.map((reason) => (
            <label
              key={reason.value}
              htmlFor={fieldId(`reason-${reason.value}`)}
              className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg px-1"
            >
              <input
                id={fieldId(`reason-${reason.value}`)}
                type="radio"
                name="reason"
                value={reason.value}
                defaultChecked={chosen === reason.value}
                required
                className="h-5 w-5 shrink-0 accent-brand-600"
              />
              <span className="text-base text-slate-900">{reason.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={textId} className="block text-sm font-semibold text-slate-900">
          {words.tellUsMore}
        </label>
        <p id={`${textId}-hint`} className="mt-0.5 text-sm text-slate-600">
          {words.tellUsMoreHint}
        </p>
        <textarea
          id={textId}
          name="text"
          rows={4}
          maxLength={500}
          defaultValue={state.values?.text}
          aria-invalid={textError ? true : undefined}
          aria-describedby={cx(`${textId}-hint`, textError && `${textId}-error`)}
          className={cx(CONTROL_BASE, "mt-1 py-2 text-base")}
        />
        <FieldError id={`${textId}-error`} message={textError} prefix={words.errorPrefix} />
      </div>
      <SubmitButton variant="danger" wait={words.wait}>
        {words.submit}
      </SubmitButton>
    </GatewayForm>
  );
};
