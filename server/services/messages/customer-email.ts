import "server-only";
import { DEFAULT_LOCALE, type Locale } from "@/server/i18n/locales";
import { translator } from "@/server/i18n/translator";
import type { MailContent } from "@/server/mail/mail-body";

// The emails a customer gets besides the link's (contracts/workflows/link-email.ts), in the words
// of the texts: the same catalog keys (sms.*), so an emailed request reads like a texted one in
// both languages. Emails have room, so nothing is cut to fit segments.

type Words = { senderName: string; locale: Locale | null };

/** One sentence (the expiry notice, a payment status) as an email: it is also the subject. */
export const sentenceEmail = ({ locale, text }: { locale: Locale | null; text: string }): MailContent => ({
  lang: locale ?? DEFAULT_LOCALE,
  subject: text,
  paragraphs: [text],
});

/**
 * The one-time code: `codeText` is the text's words with the {{link}} placeholder where the code goes, so
 * the code is stored sealed (as the email's link) and filled in only when the email is sent.
 */
export const codeEmail = ({ senderName, locale, codeText }: Words & { codeText: string }): MailContent => {
  const language = locale ?? DEFAULT_LOCALE;
  return {
    lang: language,
    subject: translator(language)("email.codeSubject", { sender: senderName }),
    paragraphs: [codeText],
  };
};
