// What a Gateway server action hands back to its form: messages beside fields (keyed by the
// field's name, e.g. "addresses.PHYSICAL.city"), one message for the whole form, and the
// non-secret values the customer typed, so nothing they entered is lost.
export type FormState = {
  fieldErrors: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
};

export const EMPTY_FORM_STATE: FormState = { fieldErrors: {} };

/** Words every Gateway form needs, in the page's language (the forms are client components: they get strings, never a catalog). */
export type FormWords = { submit: string; wait: string; errorPrefix: string };

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** The id of a field's input, and of its hint and error, from its form name. */
export const fieldId = (name: string) => `f-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
