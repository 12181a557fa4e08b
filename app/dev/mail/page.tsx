import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
    <main className="mx-auto flex min-h-screen w-full max-w-2xl flex-col gap-5 px-4 py-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Dev mail</h1>
        <p className="mt-1 text-sm text-slate-600">
          Email from the local sender. Nothing leaves this machine; this page exists only while no SMTP server is
          configured.
        </p>
      </header>

      <form method="get" action="/dev/mail" className="flex items-end gap-2">
        <div className="flex-1">
          <label htmlFor="to" className="block text-sm font-medium text-slate-800">
            Email address
          </label>
          <input
            id="to"
            name="to"
            type="email"
            autoComplete="off"
            placeholder="ana@example.com"
            defaultValue={typed ?? ""}
            aria-invalid={typed && !to ? true : undefined}
            aria-describedby={typed && !to ? "to-error" : undefined}
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
          />
        </div>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          Open inbox
        </button>
      </form>
      {typed && !to && (
        <p id="to-error" role="alert" className="-mt-3 text-sm text-red-700">
          “{typed}” is not a valid email address.
        </p>
      )}

      {recent.length > 0 && (
        <nav aria-labelledby="recent-addresses">
          <h2 id="recent-addresses" className="text-sm font-medium text-slate-800">
            Addresses that received email
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {recent.map((address) => (
              <li key={address}>
                <Link
                  href={inboxHref(address)}
                  aria-current={address === to ? "page" : undefined}
                  className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50"
                >
                  {address}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

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
    </main>
  );
};

export default DevMailPage;
