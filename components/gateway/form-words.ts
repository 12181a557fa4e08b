/** Words every Gateway form needs, in the page's language. */
export type FormWords = { submit: string; wait: string; errorPrefix: string };

/** The id of a field's input, and of its hint and error, from its form name. */
export const fieldId = (name: string) => `f-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
