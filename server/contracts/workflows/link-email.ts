import { formatShortDay } from "@/server/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/server/i18n/locales";
import { translator } from "@/server/i18n/translator";
import type { MailContent } from "@/server/mail/mail-body";

// The link's email, in the words of its text (the same catalog keys, sms.*), and the footer under
// every customer email: shared by the services that send them and the Portal's preview, which
// shows an emailed request's first email as it will be written.

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

/** Why the customer got it and how to stop it: under every customer email. */
export const customerFooter = ({ senderName, locale, url }: Words & { url: string }) => {
  const t = translator(locale ?? DEFAULT_LOCALE);
  return [t("email.why", { sender: senderName }), t("email.unsubscribe", { sender: senderName, url })];
};
