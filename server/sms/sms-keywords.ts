// The carrier keywords every US long code must honour (Twilio's defaults), matched like Twilio
// does: the whole message, any case, surrounding spaces and trailing punctuation ignored.
const KEYWORDS = {
  STOP: ["STOP", "STOPALL", "STOP ALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"],
  START: ["START", "YES", "UNSTOP"],
  HELP: ["HELP", "INFO"],
} as const;

export type SmsKeyword = keyof typeof KEYWORDS;

export const smsKeyword = (body: string): SmsKeyword | null => {
  const word = body
    .trim()
    .replace(/[.!?]+$/, "")
    .replace(/\s+/g, " ")
    .toUpperCase();
  for (const keyword of Object.keys(KEYWORDS) as SmsKeyword[]) {
    if ((KEYWORDS[keyword] as readonly string[]).includes(word)) return keyword;
  }
  return null;
};
