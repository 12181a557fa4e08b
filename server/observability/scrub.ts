// What no log line may carry, whoever wrote it: every line the logger writes passes through
// scrubLine, which masks values by their shape. Keys known to hold such values (a text's body, a
// password) are cut earlier by pino's path redaction (logger.ts); this catches the rest, such as
// a library's error message quoting a phone number or an email address.

/** Keys whose values never reach a log line (logger.ts cuts them at the top level, whatever they hold). */
export const SENSITIVE_KEYS = [
  "body",
  "text",
  "password",
  "passwordHash",
  "token",
  "secret",
  "secrets",
  "apiKey",
  "authorization",
  "cookie",
  "phone",
  "phoneNumber",
  "toNumber",
  "fromNumber",
  "email",
  "accountNumber",
  "routingNumber",
  "encryptionKey",
];

const RESERVED_EMAIL_DOMAIN = /[@.](test|example|invalid|localhost|example\.(com|net|org))$/i;

const PATTERNS: Array<[RegExp, string | ((match: string) => string)]> = [
  // A sensitive key's string or number value, at any depth of the JSON line.
  [new RegExp(`"(${SENSITIVE_KEYS.join("|")})":(?:"(?:[^"\\\\]|\\\\.)*"|-?[\\d.]+)`, "gi"), '"$1":"[redacted]"'],
  // Bearer and Basic credentials, API keys (lx_live_…, lx_test_…), webhook secrets (whsec_…), Twilio SIDs.
  [/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, "$1 [secret]"],
  [/\b(lx_(?:live|test)_|whsec_|AC|SK)[A-Za-z0-9+/=_-]{16,}/g, "[secret]"],
  // Email addresses (not at the names reserved for examples and tests, RFC 2606: the demo owner's).
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (email: string) => (RESERVED_EMAIL_DOMAIN.test(email) ? email : "[email]")],
  // Phone numbers in any spacing, US style, and long digit runs (card and account numbers); not
  // digits inside words or ids (a request id's hex, a timestamp's parts).
  [/\+\d[\d ().-]{5,}\d/g, "[number]"],
  [/(?<![\w-])\(?\d{3}\)?[ -]?\d{3}[ -]\d{4}(?![\w-])/g, "[number]"],
  [/(?<![\w.-])\d(?:[ -]?\d){6,}(?![\w-])/g, "[number]"],
];

const globalForSecrets = globalThis as unknown as { linxLogSecrets?: string[] };

/** Literal values (the configured secrets) masked wherever they appear. */
export const setSecretValues = (values: Array<string | undefined>) => {
  globalForSecrets.linxLogSecrets = values.filter(
    (value): value is string => typeof value === "string" && value.length >= 8,
  );
};

export const scrubLine = (line: string): string => {
  let out = line;
  for (const secret of globalForSecrets.linxLogSecrets ?? [])
    if (out.includes(secret)) out = out.split(secret).join("[secret]");
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement as string);
  return out;
};
