import type { Locale } from "@/server/i18n/locales";
import { customerFooter, linkEmail } from "@/server/contracts/workflows/link-email";

type Props = {
  senderName: string;
  appUrl: string;
  title: string;
  memo?: string | undefined;
  introductoryMessage?: string | undefined;
  expireAt: Date;
  locale: Locale | null;
};

/** An emailed request's first email as the service will write it: its subject, words, button and footer. */
export const EmailPreview = ({ senderName, appUrl, locale, ...words }: Props) => {
  const mail = linkEmail({ kind: "INITIAL", senderName, locale, ...words });
  const footer = customerFooter({ senderName, locale, url: `${appUrl}/unsubscribe/•••` });
  return (
    <div data-testid="email-preview" lang={mail.lang} className="rounded-lg border border-slate-200 bg-white text-sm">
      <p className="border-b border-slate-200 px-4 py-2 text-xs text-slate-700">
        <span className="font-semibold">Subject:</span> {mail.subject}
      </p>
      <div className="space-y-3 px-4 py-3 text-slate-900">
        {mail.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        {mail.action ? (
          <p>
            <span className="inline-block rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white">
              {mail.action.label}
            </span>
            <span className="mt-1 block text-xs text-slate-600">{mail.action.hint}</span>
          </p>
        ) : null}
        <div className="space-y-1 border-t border-slate-200 pt-2 text-xs text-slate-600">
          {footer.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      </div>
    </div>
  );
};
