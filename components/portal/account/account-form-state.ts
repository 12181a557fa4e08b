// What an account server action hands back to its form: messages beside fields (by field name),
// one message for the whole form, or what was saved.
export type AccountFormState = { fieldErrors: Record<string, string>; formError?: string; saved?: string };

export const EMPTY_ACCOUNT_FORM: AccountFormState = { fieldErrors: {} };

export type AccountFormAction = (state: AccountFormState, form: FormData) => Promise<AccountFormState>;
