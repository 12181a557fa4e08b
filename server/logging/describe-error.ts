// What the server log may say about an error. Messages of libraries quote what they were given:
// Twilio names the number it refused ("The 'To' number +1415… is not valid"), Prisma prints the
// whole argument object of a failed call (a phone number, a text's body). So the log gets the
// error's kind, code, the first line of its message with anything like a phone number masked,
// and the stack frames, never the rest of the message.

// "+…" numbers in any spacing, US-style (415) 555-0123, and long digit runs; not IP addresses or ports.
const PHONE_LIKE = /\+\d[\d ().-]{5,}\d|\(?\b\d{3}\)?[ -]?\d{3}[ -]\d{4}\b|\d{7,}/g;
const MAX_LINE = 300;

export const maskPhoneNumbers = (text: string) => text.replace(PHONE_LIKE, "[number]");

export const describeError = (error: unknown): string => {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`;
  const code = (error as { code?: unknown }).code;
  const firstLine =
    error.message
      .split("\n")
      .find((line) => line.trim() !== "")
      ?.trim() ?? "";
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  const head = `${error.name}${typeof code === "string" || typeof code === "number" ? ` [${code}]` : ""}: ${maskPhoneNumbers(firstLine).slice(0, MAX_LINE)}`;
  return [head, ...frames.slice(0, 8)].join("\n");
};
