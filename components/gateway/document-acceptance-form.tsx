import { FieldError, FormAlert } from "./field";
import { EMPTY_FORM_STATE, type FormState } from "@/server/contracts/gateway/form-state";
import { fieldId, type FormWords } from "./form-words";
import { GatewayForm } from "./gateway-form";
import { LegalDocumentText } from "./legal-document-text";
import { SubmitButton } from "./submit-button";

/** A document as shown, with its own sentences in the page's language (`accept`: the box's label; `tick`: its error). */
export type GatewayDocument = {
  key: string;
  versionId: string;
  title: string;
  content: string;
  accept: string;
  tick: string;
  region: string;
};

/** Each document readable in full, each accepted on its own; the form sends the versions shown. */
export const DocumentAcceptanceForm = ({
  state = EMPTY_FORM_STATE,
  documents,
  words,
}: {
  state?: FormState;
  documents: GatewayDocument[];
  words: FormWords;
}) => {
  return (
    <GatewayForm intent="accept-documents" noValidate className="space-y-6">
      <FormAlert message={state.formError} />
      {documents.map((document) => {
        const id = fieldId(`document-${document.key}`);
        const error = state.fieldErrors[document.key];
        return (
          <section key={document.versionId} aria-labelledby={`${id}-title`} className="space-y-3">
            <LegalDocumentText
              id={id}
              title={document.title}
              content={document.content}
              regionLabel={document.region}
            />
            <label htmlFor={id} className="flex min-h-12 cursor-pointer items-start gap-3 rounded-lg py-2">
              <input
                id={id}
                type="checkbox"
                name="documentVersionIds"
                value={document.versionId}
                required
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                className="mt-0.5 h-6 w-6 shrink-0 accent-brand-600"
              />
              <span className="text-base text-slate-900">{document.accept}</span>
            </label>
            <FieldError id={`${id}-error`} message={error ? document.tick : undefined} prefix={words.errorPrefix} />
          </section>
        );
      })}
      <SubmitButton wait={words.wait}>{words.submit}</SubmitButton>
    </GatewayForm>
  );
};
