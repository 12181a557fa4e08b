import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DevInboxFrame } from "@/app/dev/_components/dev-inbox-frame";
import { AutoRefresh } from "@/app/dev/phone/auto-refresh";
import { linkify } from "@/app/dev/phone/linkify";
import { env } from "@/server/env";
import { zEmailAddress } from "@/server/mail/email-address";
import { listEmailsToAddress } from "@/server/services/mail/list-emails-to-address";
import { listRecentEmailAddresses } from "@/server/services/mail/list-recent-email-addresses";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Dev mail", robots: { index: false, follow: false } };

type DevMailPageProps = { searchParams: Promise<{ to?: string | string[] }> };

const inboxHref = (address: string) => `/dev/mail?to=${encodeURIComponent(address)}`;

const timeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The local mail inbox: what each address "received", newest first. Exists only while no SMTP server is configured. */
const DevMailPage = async ({ searchParams }: DevMailPageProps) => {
  if (!env().devMailInbox) notFound();
  const { to: param } = await searchParams;
  const typed = (Array.isArray(param) ? param[0] : param)?.trim() || null;
  const parsed = typed ? zEmailAddress.safeParse(typed) : null;
  const to = parsed?.success ? parsed.data : null;
  const [emails, recent] = await Promise.all([
    to ? listEmailsToAddress({ to }) : Promise.resolve([]),
    listRecentEmailAddresses(),
  ]);

  return (
    <DevInboxFrame
      title="Dev mail"
      intro="Email from the local sender. Nothing leaves this machine; this page exists only while no SMTP server is configured."
      path="/dev/mail"
      wide
      field={{
        label: "Email address",
        type: "email",
        placeholder: "ana@example.com",
        invalid: (value) => `“${value}” is not a valid email address.`,
      }}
      typed={typed}
      to={to}
      recent={{ heading: "Addresses that received email", items: recent, hrefOf: inboxHref }}
    >
      {to && (
        <section aria-labelledby="inbox-title" className="flex flex-col gap-4">
          <div className="flex items-center justify-between gap-2">
            <h2 id="inbox-title" className="font-semibold">
              Email to {to}
            </h2>
            <Link href={inboxHref(to)} className="text-sm font-medium text-brand-700 underline underline-offset-2">
              Refresh
            </Link>
          </div>
          {emails.length === 0 ? (
            <p className="text-sm text-slate-600">No email to this address yet. New ones appear here by themselves.</p>
          ) : (
            <ol aria-label={`Email to ${to}, newest first`} className="flex flex-col gap-4">
              {emails.map((email) => (
                <li key={email.id}>
                  <article
                    aria-labelledby={`email-${email.id}`}
                    className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
                  >
                    <h3 id={`email-${email.id}`} className="font-semibold">
                      {email.subject}
                    </h3>
                    <p className="text-xs text-slate-600">
                      <time dateTime={email.createdAt.toISOString()}>{timeFormat.format(email.createdAt)} UTC</time>
                    </p>
                    <p className="mt-3 text-sm break-words whitespace-pre-wrap text-slate-900">{linkify(email.text)}</p>
                  </article>
                </li>
              ))}
            </ol>
          )}
          <AutoRefresh />
        </section>
      )}
    </DevInboxFrame>
  );
};

export default DevMailPage;
