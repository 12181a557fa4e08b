import "server-only";
import { formatShortDay } from "@/server/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/server/i18n/locales";
import { translator } from "@/server/i18n/translator";
import type { MailContent } from "@/server/mail/mail-body";

// The emails a customer gets, in the words of the texts: the same catalog keys (sms.*), so an
// emailed request reads like a texted one in both languages. Only what a text cannot have is
// email's own (email.*): the button, and the footer with the unsubscribe link (queueCustomerMessage
// adds it). Emails have room, so nothing is cut to fit segments.

type Words = { senderName: string; locale: Locale | null };

const sentence = (text: string) => {
  const line = text.replace(/\s+/g, " ").trim();
  return !line || /[.!?…]$/.test(line) ? line : `${line}.`;
};

/** The link, first (INITIAL, MANUAL) or as a reminder: the text's lead, ask and memo, and a button. */
export const linkEmail = ({
  kind,
  senderName,
  locale,
  title,
  memo,
  introductoryMessage,
  expireAt,
}: Words & {
  kind: "INITIAL" | "MANUAL" | "REMINDER";
  title: string;
  memo?: string | null;
  introductoryMessage?: string | null;
  expireAt: Date;
}): MailContent => {
  const language = locale ?? DEFAULT_LOCALE;
  const t = translator(language);
  const lead = t(kind === "REMINDER" ? "sms.reminderLead" : "sms.lead", { sender: senderName });
  const ask = sentence(introductoryMessage?.trim() || title);
  return {
    lang: language,
    subject: `${lead} ${title}`,
    paragraphs: [`${lead} ${ask}`, ...(memo?.trim() ? [sentence(memo)] : [])],
    action: { label: t("email.open"), hint: t("email.validUntil", { date: formatShortDay(expireAt, language) }) },
  };
};

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

/** Why the customer got it and how to stop it: under every customer email. */
export const customerFooter = ({ senderName, locale, url }: Words & { url: string }) => {
  const t = translator(locale ?? DEFAULT_LOCALE);
  return [t("email.why", { sender: senderName }), t("email.unsubscribe", { sender: senderName, url })];
};
